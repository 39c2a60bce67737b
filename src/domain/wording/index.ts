export * from './words.ts';
export * from './help.ts';
