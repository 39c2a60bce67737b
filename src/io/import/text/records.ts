/**
 * Step 1 of reading the tables: the table lines become records, each the label text printed
 * since the previous figures (joined across line breaks) and the figures of one line. A label
 * broken over several lines, a row's figures on the line after its label, or header cells
 * before the first row all end up as one record's label.
 */
import { isPageNumber, splitFigures } from './figures.ts';
import { compact, type SourceLine } from './normalise.ts';

export interface TableLine {
  readonly line: SourceLine;
  /** For a line taken from a narrative section: that section's printed heading. */
  readonly stray?: string;
}

export interface Figure {
  readonly printed: string;
  readonly placeholder: boolean;
  readonly line: number;
}

export interface TableRecord {
  /** The label text before the figures, compacted. */
  readonly label: string;
  /** The same as printed (lines joined, spaces removed). */
  readonly printedLabel: string;
  readonly figures: readonly Figure[];
  /** Line number of the figures. */
  readonly line: number;
  /** A single small number alone on its line: maybe a page number. */
  readonly lone: boolean;
  readonly stray?: string;
}

const MAX_LABEL_LENGTH = 300;

export function buildRecords(lines: readonly TableLine[]): TableRecord[] {
  const out: TableRecord[] = [];
  let label: string[] = [];
  const open = (tl: TableLine, lone: boolean): { figures: Figure[]; lone: boolean } => {
    // Only the end of a long run of text can be a row label (the rest is headers or stray text).
    const printedLabel = label.join('').replace(/\s+/gu, '').slice(-MAX_LABEL_LENGTH);
    const figures: Figure[] = [];
    out.push({
      label: compact(printedLabel),
      printedLabel,
      figures,
      line: tl.line.number,
      lone,
      ...(tl.stray !== undefined ? { stray: tl.stray } : {}),
    });
    label = [];
    return { figures, lone };
  };
  for (const tl of lines) {
    const text = tl.line.text;
    if (isPageNumber(text)) {
      const digits = /\d+/u.exec(text)![0];
      open(tl, true).figures.push({ printed: digits, placeholder: false, line: tl.line.number });
      continue;
    }
    let current: Figure[] | null = null;
    for (const piece of splitFigures(text)) {
      if (piece.kind === 'text') {
        current = null;
        label.push(piece.text);
      } else {
        current ??= open(tl, false).figures;
        current.push({
          printed: piece.printed,
          placeholder: piece.placeholder,
          line: tl.line.number,
        });
      }
    }
  }
  return out;
}

/** The fewest column numbers that make a header row "1 2 3 4 …" (table 二's rows have ≤ 3 figures). */
const MIN_COLUMN_NUMBERS = 4;

const isCount = (f: Figure, n: number): boolean => !f.placeholder && f.printed === String(n);

/**
 * Takes out the rows that number the columns under a table's header ("1 2 3 4 5 6 7", on one
 * line or a number per line): figures 1, 2, 3 … in order and nothing else. No row of the
 * official tables can print them (each has a total that would be the sum of the others, or at
 * most three figures). Their label text (header cells) stays before the next row's label, as
 * header text does.
 */
export function withoutColumnNumbers(records: readonly TableRecord[]): TableRecord[] {
  const out: TableRecord[] = [];
  let carried = '';
  let printedCarried = '';
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    // One line "1 2 3 4 5 6 7".
    let run = r.figures.every((f, k) => isCount(f, k + 1)) ? r.figures.length : 0;
    let end = i + 1;
    // A number per line: records of one figure each, 1, 2, 3 …, no words between them.
    if (run < MIN_COLUMN_NUMBERS && r.figures.length === 1 && isCount(r.figures[0]!, 1)) {
      run = 1;
      while (
        end < records.length &&
        records[end]!.label === '' &&
        records[end]!.figures.length === 1 &&
        isCount(records[end]!.figures[0]!, run + 1)
      ) {
        run++;
        end++;
      }
    }
    if (run >= MIN_COLUMN_NUMBERS) {
      carried += r.label;
      printedCarried += r.printedLabel;
      i = end - 1;
      continue;
    }
    out.push(
      carried
        ? { ...r, label: carried + r.label, printedLabel: printedCarried + r.printedLabel }
        : r,
    );
    carried = '';
    printedCarried = '';
  }
  return out;
}
