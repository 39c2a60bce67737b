/**
 * Our own workbook (exported or sent out as 填报模板, then filled in Excel, WPS or LibreOffice),
 * recognised by its identity block and read exactly by cell: the positions come from the same
 * layout functions the writer uses. A typed total (the sheet's protection lifted, the formula
 * overwritten) is kept as typed and flagged when it disagrees with its items, as every importer
 * does; an unreadable cell, a formula error or text in a number cell is flagged and left empty.
 */
import type { Workbook, Worksheet } from 'exceljs';
import {
  allCells,
  cellLabel,
  createEmptyReport,
  derivedValue,
  FORMAT_IDS,
  getTemplate,
  MAX_AGENCY_LENGTH,
  bySeverity,
  note,
  parseCellInput,
  setCellValue,
  type CellId,
  type FormatId,
  type NarrativeKey,
  type NoteParams,
  type Report,
  type TableId,
  XLSX_WORDS,
} from '../../../domain/index.ts';
import {
  cellPositions,
  COVER_AGENCY,
  COVER_SHEET,
  IDENTITY_SHEET,
  identityRow,
  NARRATIVE_FIRST_ROW,
  NARRATIVE_SHEET,
  TABLE_IDS,
  tableSheetName,
  XLSX_SCHEMA_ID,
  type IdentityKey,
} from '../../export/xlsx/sheet-layout.ts';
import { narrativeParts } from '../../export/xlsx/write-workbook.ts';
import type { ImportedCell, ImportFinding, ImportOptions, ImportResult } from '../import.types.ts';
import { totalsFindings } from '../text/import-findings.ts';
import { cellContent, contentText } from './cell-content.ts';

export interface Identity {
  readonly format: FormatId;
  readonly year: number;
  readonly agency: string;
}

const text = (sheet: Worksheet, row: number, column: number): string =>
  contentText(cellContent(sheet.getCell(row, column))).trim();

/** The identity block of our workbook, or undefined when the workbook is not ours. */
export function readIdentity(wb: Workbook): Identity | undefined {
  const sheet = wb.getWorksheet(IDENTITY_SHEET);
  if (!sheet) return undefined;
  const get = (key: IdentityKey): string => text(sheet, identityRow(key), 2);
  if (get('schema') !== XLSX_SCHEMA_ID) return undefined;
  const format = FORMAT_IDS.find((f) => f === get('format'));
  const year = Number(get('year'));
  if (!format || !Number.isInteger(year)) return undefined;
  return { format, year, agency: get('agency') };
}

/** A table's sheet: by its name, else (renamed) by its place after the cover sheet. */
function tableSheet(wb: Workbook, table: TableId): Worksheet | undefined {
  return wb.getWorksheet(tableSheetName(table)) ?? wb.worksheets[1 + TABLE_IDS.indexOf(table)];
}

export function readOwnWorkbook(
  wb: Workbook,
  identity: Identity,
  options: ImportOptions,
): ImportResult {
  const template = getTemplate(identity.format);
  const findings: ImportFinding[] = [];
  const imported: ImportedCell[] = [];
  const uncertain: CellId[] = [];
  const filledTables = new Set<TableId>();

  const cover = wb.getWorksheet(COVER_SHEET);
  const typedAgency = cover ? text(cover, COVER_AGENCY.row, COVER_AGENCY.column) : '';
  const agencyValue = (typedAgency || identity.agency || options.agency || '').slice(
    0,
    MAX_AGENCY_LENGTH,
  );
  if (agencyValue === '')
    findings.push(note('import.agency.missing', 'warning', { from: 'cover', sheet: COVER_SHEET }));
  let report: Report = createEmptyReport({
    year: identity.year,
    agency: agencyValue,
    format: identity.format,
  });

  const flag = (
    id: CellId,
    printed: string,
    params: Extract<NoteParams<'import.figure.unreadable'>, { in: 'sheet' | 'formula' }>,
  ): void => {
    uncertain.push(id);
    findings.push(
      note('import.figure.unreadable', 'error', params, {
        cells: [id],
        source: { path: `${params.sheet}!${params.address}`, text: printed },
      }),
    );
  };

  const pending: CellId[] = [];
  for (const table of TABLE_IDS) {
    const sheet = tableSheet(wb, table);
    if (!sheet) {
      findings.push(note('import.table.missing', 'error', { table }));
      continue;
    }
    for (const [id, at] of cellPositions(template, table)) {
      const cell = template.tables[table].cells.find((c) => c.id === id)!;
      const where = `${sheet.name}!${at.address}`;
      const content = cellContent(sheet.getCell(at.row, at.column));
      const about = { sheet: sheet.name, address: at.address, label: cellLabel(cell) };
      if (content.kind === 'empty') continue;
      if (content.kind === 'uncalculated') {
        // A total never calculated (filled by a program): computed once all items are read.
        if (cell.sumOf) pending.push(id);
        continue;
      }
      if (content.kind === 'error') {
        flag(id, content.error, { in: 'formula', ...about, error: content.error });
        continue;
      }
      const printed = content.kind === 'number' ? String(content.value) : content.text;
      const read = parseCellInput(printed, cell.kind);
      if (!read.ok) {
        flag(id, printed, { in: 'sheet', ...about, printed, problem: read.problem });
        continue;
      }
      report = setCellValue(report, id, read.value);
      filledTables.add(table);
      imported.push({
        cell: id,
        value: read.value,
        printed,
        method: 'field',
        certain: true,
        label: cellLabel(cell),
        source: { path: where },
      });
    }
  }
  for (const id of pending) report = setCellValue(report, id, derivedValue(report, template, id));

  const narrative: Partial<Record<NarrativeKey, string>> = {};
  const narrativeSheet = wb.getWorksheet(NARRATIVE_SHEET);
  if (narrativeSheet) {
    const parts = narrativeParts(identity.format);
    let part = -1;
    for (let row = NARRATIVE_FIRST_ROW; row <= narrativeSheet.rowCount; row++) {
      const heading = text(narrativeSheet, row, 1);
      if (heading !== '' && !heading.startsWith(XLSX_WORDS.continued)) part++;
      const key = parts[part]?.key;
      if (!key) break;
      narrative[key] =
        (narrative[key] ?? '') + contentText(cellContent(narrativeSheet.getCell(row, 2)));
    }
  }
  report = {
    ...report,
    narrative: {
      preamble: (narrative.preamble ?? '').trim(),
      overview: (narrative.overview ?? '').trim(),
      problems: (narrative.problems ?? '').trim(),
      other: (narrative.other ?? '').trim(),
    },
  };

  if (options.year !== undefined && options.year !== identity.year)
    findings.push(
      note('import.year.differs', 'warning', { year: identity.year, option: options.year }),
    );
  findings.push(...totalsFindings(report, template));
  const order = new Map(allCells(template).map((c, i) => [c.id, i]));
  imported.sort((a, b) => (order.get(a.cell) ?? 0) - (order.get(b.cell) ?? 0));
  return {
    ok: true,
    report,
    findings: bySeverity(findings),
    source: {
      kind: 'xlsx',
      ...(options.name !== undefined ? { name: options.name } : {}),
      format: { value: identity.format, how: 'field' },
      year: { value: identity.year, how: 'field' },
      agency:
        agencyValue === '' ? { value: '', how: 'none' } : { value: agencyValue, how: 'field' },
      parts: [],
      cells: imported,
      uncertainCells: uncertain,
      narrative: (Object.keys(report.narrative ?? {}) as NarrativeKey[]).filter(
        (k) => (report.narrative?.[k] ?? '') !== '',
      ),
      tables: TABLE_IDS.filter((t) => filledTables.has(t)),
    },
  };
}
