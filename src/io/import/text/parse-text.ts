/**
 * Plain text / Markdown → report: the text importer's entry point.
 *
 *   normalise (lines) → section headings → title (agency, year) → regions (preamble, narrative
 *   sections, the table span) → format (by the labels printed) → tables (records aligned with
 *   the template's rows) → narrative (page numbers, running headers, table fragments removed)
 *   → report + import findings.
 *
 * The text is data only: nothing of it is executed or interpreted as markup.
 */
import {
  allCells,
  createEmptyReport,
  FORMAT_IDS,
  getTemplate,
  note,
  bySeverity,
  parseReport,
  setCellValue,
  type FormatTemplate,
  type Narrative,
  type NarrativeKey,
  type Publication,
  type Report,
} from '../../../domain/index.ts';
import type {
  ImportFinding,
  ImportOptions,
  ImportResult,
  ImportSourceKind,
} from '../import.types.ts';
import { decideAgency, decideFormat, decideYear, formatFindings } from './decide.ts';
import { voteFormats } from './detect-format.ts';
import {
  headingFindings,
  orderedCells,
  recognisedParts,
  removedFindings,
  type RemovedLines,
  totalsFindings,
} from './import-findings.ts';
import { locateSections } from './locate-sections.ts';
import {
  classifyLine,
  joinParagraphs,
  repeatedLines,
  type LineContext,
  type LineRole,
} from './narrative.ts';
import { labelForms } from './label-match.ts';
import { findClosing, type Closing } from './closing.ts';
import { checkTextInput, compact, toLines, type SourceLine } from './normalise.ts';
import { readTables } from './read-tables.ts';
import { collectTableLines, splitRegions } from './regions.ts';
import { tableRows } from './table-rows.ts';
import { isWebFooter } from './web-chrome.ts';
import { findTitle } from './title.ts';
import { withoutSerialColumn } from './serial-column.ts';
import { inViewerOrder, VIEWER_ORDER_REASON } from './viewer-order.ts';

/** Real reports have a few hundred to a few thousand lines. */
const MAX_LINES = 20_000;
/** What a report file may hold per narrative section (the report schema's limit). */
const MAX_NARRATIVE_LENGTH = 200_000;
/** What a report file may hold as contact (the report schema's limit). */
const MAX_CONTACT_LENGTH = 2000;
/** The three tables take about 100 lines even when every cell is on a line of its own. */
const MAX_TABLE_LINES = 3_000;
/** Fewer rows than this recognised: the text is not an annual report. */
const MIN_RECOGNISED_ROWS = 3;

const NO_TABLES =
  '没有识别到年度报告的统计表（未找到“主动公开政府信息情况”等表格的栏目和数字），请确认这是政府信息公开工作年度报告的全文';
const NO_YEAR = '没有识别到报告年度：标题或开头应写明“2024年”这样的年份';

const fail = (reason: string): ImportResult => ({ ok: false, reason });

/**
 * How the text came about, set by the importers that turn a document into text lines first
 * (Word, HTML, PDF); plain text needs none of it.
 */
export interface TextOrigin {
  /** `source.kind` of the result (`text` by default). */
  readonly kind?: ImportSourceKind;
  /**
   * Every line is one paragraph as the document has it (Word, HTML): the narrative's lines are
   * kept as paragraphs instead of being joined back from printed lines.
   */
  readonly paragraphPerLine?: boolean;
  /** The agency the web page's <title> names, when the page prints no title of its own. */
  readonly pageTitleAgency?: string;
}

/**
 * Reads a report from plain text or Markdown (pasted, a .txt/.md file, or PDF-to-text output).
 * @example parseReportText(readFileSync('mfa-2024.txt', 'utf8')).ok // true
 */
export function parseReportText(
  text: string,
  options: ImportOptions = {},
  origin: TextOrigin = {},
): ImportResult {
  const problem = checkTextInput(text);
  if (problem) return fail(problem);
  const lines = toLines(text);
  if (lines.length === 0) return fail('文件里没有文字');
  if (lines.length > MAX_LINES)
    return fail(`文本有 ${lines.length} 行，超过 ${MAX_LINES} 行，不像是一份年度报告，已拒绝读取`);

  const findings: ImportFinding[] = [];
  const sectionTemplates = headingTemplate().sections;
  const headings = locateSections(lines, sectionTemplates);
  const title = findTitle(lines, headings[0]?.line ?? lines.length);
  const regions = splitRegions(lines, headings, title, sectionTemplates, findings);

  // Year and agency; the format, by the labels printed in the tables (else by the year).
  const overviewIndex = sectionTemplates.findIndex(
    (s) => s.kind === 'narrative' && s.narrative === 'overview',
  );
  const year = decideYear(
    title,
    regions.preamble,
    regions.sections.get(overviewIndex) ?? [],
    options,
    findings,
  );
  const agency = decideAgency(title, options, findings, {
    lines,
    ...(origin.pageTitleAgency ? { pageTitleAgency: origin.pageTitleAgency } : {}),
  });
  const votes = voteFormats(compact(regions.table.map((l) => l.text).join('')));
  const format = decideFormat(votes, year?.value);

  const template = getTemplate(format.value);
  const ctx: LineContext = {
    title: title ? compact(title.printed) : '',
    ...headerTexts(),
    tableHeadings: sectionTemplates
      .filter((s) => s.kind === 'table')
      .map((s) => compact(s.heading)),
    rowLabels: tableRows(template)
      .rows.filter((r) => r.own)
      .map((r) => r.forms),
    repeated: repeatedLines(lines),
  };
  const roles = new Map<SourceLine, LineRole>();
  for (const list of [regions.table, regions.preamble, ...regions.sections.values()])
    list.forEach((line, i) => roles.set(line, classifyLine(line, ctx, list[i + 1])));
  const lastPart = lastOf([regions.preamble, ...regions.sections.values()]);
  cutWebFooter(lastPart, roles);
  const roleOf = (line: SourceLine): LineRole => roles.get(line) ?? 'text';
  // The 落款 and the contact after it: the report's publication, not text of its last part.
  const closing = findClosing(
    (lastPart ?? []).filter((line) => roleOf(line) === 'text'),
    agency.value,
  );
  const tableLines = withoutSerialColumn(
    collectTableLines(regions, sectionTemplates, roleOf),
    ctx.tableHeadings,
  );
  if (tableLines.length > MAX_TABLE_LINES)
    return fail(`表格部分超过 ${MAX_TABLE_LINES} 行，不像是年度报告的统计表，已拒绝读取`);
  if (inViewerOrder(tableLines, ctx.rowLabels)) return fail(VIEWER_ORDER_REASON);
  const reading = readTables(template, tableLines);
  if (reading.recognisedRows < MIN_RECOGNISED_ROWS) return fail(NO_TABLES);

  if (!year) return fail(NO_YEAR);
  findings.push(...formatFindings(format, year.value, votes));

  // Narrative.
  const narrative: Narrative = { preamble: '', overview: '', problems: '', other: '' };
  const removed: RemovedLines = {
    pageNumber: [],
    runningHeader: [],
    webChrome: [],
    fragment: [],
  };
  const narrativeOf = (sectionLines: readonly SourceLine[], heading?: string): string => {
    const kept: SourceLine[] = [];
    for (const line of sectionLines) {
      if (closing?.lines.has(line)) continue;
      const role = roleOf(line);
      if (role === 'text') kept.push(line);
      else if (role === 'figures' || role === 'tableRow') {
        if (!reading.movedLines.has(line.number))
          findings.push(
            note(
              'import.narrative.figures',
              'warning',
              {
                line: line.number,
                ...(heading !== undefined ? { heading } : {}),
                text: line.text,
                shape: role,
              },
              { source: { line: line.number, text: line.text } },
            ),
          );
      } else removed[role].push(line.number);
    }
    const joined = textOf(kept, origin);
    if (joined.length <= MAX_NARRATIVE_LENGTH) return joined;
    findings.push(
      note('import.narrative.tooLong', 'warning', {
        ...(heading !== undefined ? { heading } : {}),
        limit: MAX_NARRATIVE_LENGTH,
      }),
    );
    return joined.slice(0, MAX_NARRATIVE_LENGTH);
  };
  narrative.preamble = narrativeOf(regions.preamble);
  for (const [index, sectionLines] of regions.sections) {
    const section = sectionTemplates[index]!;
    if (section.kind === 'narrative')
      narrative[section.narrative] = narrativeOf(sectionLines, section.heading);
  }
  findings.push(...removedFindings(removed));
  if (regions.before.length > 0)
    findings.push(
      note(
        'import.text.beforeTitle',
        'info',
        {
          count: regions.before.length,
          first: regions.before[0]!.number,
          last: regions.before.at(-1)!.number,
        },
        { source: { line: regions.before[0]!.number, endLine: regions.before.at(-1)!.number } },
      ),
    );

  // The report: printed figures as printed.
  let report: Report = createEmptyReport({
    year: year.value,
    agency: agency.value,
    format: format.value,
  });
  report = { ...report, narrative };
  const publication = closing && publicationOf(closing, origin);
  if (publication) report = { ...report, publication };
  for (const [id, value] of reading.values) report = setCellValue(report, id, value);

  // A safety net: what the importer builds must be a valid report file.
  const valid = parseReport(report);
  if (!valid.ok) return fail(`读出的报告不符合报告格式：${valid.issues[0]?.message ?? ''}`);

  findings.push(...reading.findings, ...totalsFindings(report, template));
  const parts = recognisedParts(title, headings, lines);
  findings.push(...headingFindings(headings, sectionTemplates, lines));

  return {
    ok: true,
    report,
    findings: bySeverity(findings),
    source: {
      kind: origin.kind ?? 'text',
      ...(options.name !== undefined ? { name: options.name } : {}),
      format,
      year,
      agency,
      parts,
      cells: orderedCells(reading, template),
      uncertainCells: allCells(template)
        .map((c) => c.id)
        .filter((id) => reading.uncertain.has(id)),
      narrative: (Object.keys(narrative) as NarrativeKey[]).filter((k) => narrative[k]),
      tables: reading.tables,
    },
  };
}

/** Lines kept as paragraphs (Word, HTML) or joined back into paragraphs (printed lines). */
function textOf(lines: readonly SourceLine[], origin: TextOrigin): string {
  return origin.paragraphPerLine
    ? lines.map((l) => l.raw.replace(/\s+/gu, ' ').trim()).join('\n')
    : joinParagraphs(lines.map((l) => ({ text: l.raw, indent: l.indent })));
}

/** The 落款's date and the contact after it, when printed. */
function publicationOf(closing: Closing, origin: TextOrigin): Publication | undefined {
  const contact = textOf(closing.contact, origin).slice(0, MAX_CONTACT_LENGTH);
  if (!closing.date && !contact) return undefined;
  return { ...(closing.date ? { date: closing.date } : {}), ...(contact ? { contact } : {}) };
}

/** The part (preamble or a narrative section) printed last: where a 落款 or a site's footer is. */
function lastOf(parts: readonly (readonly SourceLine[])[]): readonly SourceLine[] | undefined {
  return parts
    .filter((p) => p.length > 0)
    .reduce<readonly SourceLine[] | undefined>(
      (best, p) => (!best || p.at(-1)!.number > best.at(-1)!.number ? p : best),
      undefined,
    );
}

/**
 * A web page copied whole: the site's footer follows the report. From the first line only the
 * website prints (打印本页, 网站标识码 …) in the last part of the text on, no text is the
 * report's (links, addresses and telephone numbers between the footer's marked lines included).
 */
function cutWebFooter(
  last: readonly SourceLine[] | undefined,
  roles: Map<SourceLine, LineRole>,
): void {
  const from = last?.findIndex((line) => isWebFooter(line.text)) ?? -1;
  if (from < 0) return;
  // Table lines stay what they are: they may still belong to a table.
  for (const line of last!.slice(from))
    if (roles.get(line) === 'text') roles.set(line, 'webChrome');
}

/** The templates print the same six headings; the first template's are compared with. */
function headingTemplate(): FormatTemplate {
  return getTemplate(FORMAT_IDS[0]!);
}

/** The header and label texts of both formats' tables, and their characters. */
function headerTexts(): { headerTexts: ReadonlySet<string>; headerChars: ReadonlySet<string> } {
  const texts = new Set<string>();
  const chars = new Set<string>();
  for (const f of FORMAT_IDS)
    for (const t of tableRows(getTemplate(f)).texts)
      for (const form of labelForms(t)) {
        texts.add(form);
        for (const ch of form) chars.add(ch);
      }
  return { headerTexts: texts, headerChars: chars };
}
