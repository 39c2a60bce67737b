/** The codes of the 汇总's notes (`aggregate.<what>`, src/domain/aggregate) and their parameters. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled code by code
export interface AggregateNoteParams {}
