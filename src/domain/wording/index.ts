export * from './words.ts';
export * from './status.ts';
