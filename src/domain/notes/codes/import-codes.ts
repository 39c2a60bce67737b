/**
 * The codes of the importers' notes (`import.<area>.<what>`, src/io/import) and their parameters.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled code by code
export interface ImportNoteParams {}
