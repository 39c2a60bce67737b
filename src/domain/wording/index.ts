export * from './words.ts';
export * from './narrative.ts';
