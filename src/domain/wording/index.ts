export * from './words.ts';
export * from './import.ts';
