import type { Finding, Note } from '../index.ts';
import { noteMessage } from '../wording/notes/index.ts';

/** A note's sentence, or undefined when there is no note (for `expect(textOf(findings[0]))`). */
export function textOf(note: Note | undefined): string | undefined {
  return note === undefined ? undefined : noteMessage(note);
}

/** A finding of a real rule (format.year), for tests that need one of a given severity or area. */
export function sampleFinding(
  severity: Finding['severity'],
  area: Finding['area'] = 'report',
): Finding {
  return {
    rule: 'format.year',
    code: 'format.year',
    params: { year: 2024, required: '2021', current: '2019' },
    severity,
    cells: [],
    area,
  };
}

/** Notes with their sentences, for `toMatchObject([{ message: … }])`. */
export function withMessages<N extends Note>(notes: readonly N[]): (N & { message: string })[] {
  return notes.map((n) => ({ ...n, message: noteMessage(n) }));
}
