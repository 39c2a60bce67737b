/** The pure domain: the only entry point the app and the command line import. */
export * from './templates/index.ts';
export * from './model/index.ts';
export * from './rules/index.ts';
export * from './input/index.ts';
export * from './rollover/index.ts';
export * from './aggregate/index.ts';
export * from './wording/index.ts';
export * from './status/index.ts';
export * from './calendar/index.ts';
