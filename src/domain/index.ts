/** The pure domain: the only entry point the app and the command line import. */
export * from './templates/index.ts';
export * from './model/index.ts';
export * from './notes/index.ts';
export * from './rules/index.ts';
export * from './input/index.ts';
export * from './rollover/index.ts';
export * from './aggregate/index.ts';
export * from './wording/index.ts';
export * from './status/index.ts';
export * from './calendar/index.ts';
// Not re-exported here: './wording/notes/index.ts' (noteMessage, the sentence of every note),
// './narrative/index.ts', './comparison/index.ts' and './charts/index.ts' (paragraphs drafted from
// the figures, 本年/上年 comparison, 图解 definitions). Only the editor, the import review and the
// 汇总 page (lazy chunks), the exporters and the command line use them; through this index they
// would be in the shared domain chunk of the first page's JavaScript.
