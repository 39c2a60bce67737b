export * from './words.ts';
export * from './xlsx.ts';
