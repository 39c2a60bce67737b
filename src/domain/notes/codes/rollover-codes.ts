/** The codes of the rollover's notes (`rollover.<what>`, src/domain/rollover) and their parameters. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled code by code
export interface RolloverNoteParams {}
