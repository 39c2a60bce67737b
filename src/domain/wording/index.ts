export * from './words.ts';
export * from './help.ts';
export * from './export.ts';
export * from './import.ts';
export * from './status.ts';
export * from './narrative.ts';
export * from './charts.ts';
export * from './comparison-export.ts';
