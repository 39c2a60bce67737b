export * from './words.ts';
export * from './export.ts';
