/** A sentence maker per code of one producer's catalogue. */
export type NoteWords<Catalogue> = {
  readonly [C in keyof Catalogue]: (params: Catalogue[C]) => string;
};
