/**
 * Reading the three statistical tables out of extracted text, in three steps:
 * records.ts (label text + figures per line), align.ts (records matched with the template's
 * printed rows, cheapest reading wins), place-figures.ts (figures into cells, doubts flagged).
 */
import type { FormatTemplate } from '../../../domain/index.ts';
import { alignRecords } from './align.ts';
import { placeFigures, type TableReading } from './place-figures.ts';
import { buildRecords, withoutColumnNumbers, type TableLine } from './records.ts';

export type { TableReading } from './place-figures.ts';
export type { TableLine } from './records.ts';

/** Reads the tables: aligns the records and places their figures into the template's cells. */
export function readTables(template: FormatTemplate, lines: readonly TableLine[]): TableReading {
  const records = withoutColumnNumbers(buildRecords(lines));
  const alignment = alignRecords(template, records);
  return placeFigures(template, alignment);
}
