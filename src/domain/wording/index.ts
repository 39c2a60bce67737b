export * from './words.ts';
export * from './charts.ts';
