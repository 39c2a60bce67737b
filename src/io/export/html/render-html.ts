/**
 * The web-page export: one self-contained HTML5 file (inline CSS, no script, nothing loaded
 * from anywhere) for the government website or to paste into its CMS. Headings, paragraphs and
 * the three statistical tables as semantic tables whose rowspan / colspan are exactly those of
 * the printed form (from the template's layout grid). Every value cell carries
 * `data-cell="<cell id>"`, so the file can be read back cell by cell.
 */
import type { GridSlot, LayoutCell } from '../../../domain/index.ts';
import {
  isVerticalLabel,
  type DocBlock,
  type ReportDocument,
  type TextRun,
} from '../report-document.ts';
import { reportCss } from './html-styles.ts';

/** Characters not allowed in HTML text (C0 controls other than tab, LF, FF, CR; DEL; lone surrogates). */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text content: & < > escaped, characters HTML cannot carry replaced by U+FFFD. */
export function escapeHtml(text: string): string {
  return text
    .replace(FORBIDDEN, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** An attribute value (always written in double quotes). */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The head of every exported page (the report, the 审签单): its policy, its title and its one
 * style sheet, from `<!DOCTYPE html>` to `</head>`.
 */
export function exportPageHead(title: string, css: string): string[] {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(EXPORT_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="xxgk-nianbao">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
  ];
}

/** The exported pages' own policy: their one <style> element, nothing loaded, no script. */
export const EXPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** A text shown in the 草稿 banner and in front of the page title. */
export const DRAFT_NOTICE = '草稿：本报告仍有错误未改正，不是可以发布的正式版本。';

function attributes(attrs: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`)
    .join('');
}

function renderRuns(runs: readonly TextRun[]): string {
  return runs
    .map((run) =>
      run.subheading
        ? `<strong class="subheading">${escapeHtml(run.text)}</strong>`
        : escapeHtml(run.text),
    )
    .join('');
}

const spanAttributes = (cell: LayoutCell): Record<string, number | undefined> => ({
  rowspan: cell.rowSpan !== undefined && cell.rowSpan > 1 ? cell.rowSpan : undefined,
  colspan: cell.colSpan !== undefined && cell.colSpan > 1 ? cell.colSpan : undefined,
});

/** A body row that is only a title spanning the whole table (table 二's 第二十条第（一）项 …). */
function isTitleRow(line: readonly GridSlot[]): boolean {
  const first = line[0]!;
  return first.cell.type === 'header' && line.every((slot) => slot.cell === first.cell);
}

type TableBlock = Extract<DocBlock, { kind: 'table' }>;

function renderCell(block: TableBlock, slot: GridSlot, inHead: boolean, titleRow: boolean): string {
  const cell = slot.cell;
  const spans = spanAttributes(cell);
  switch (cell.type) {
    case 'value':
      return `<td${attributes({ class: 'num', 'data-cell': cell.cell, ...spans })}>${escapeHtml(block.text(cell.cell))}</td>`;
    case 'note':
      return `<td${attributes({ class: 'note', ...spans })}>${escapeHtml(cell.text)}</td>`;
    case 'label': {
      const group = (cell.rowSpan ?? 1) > 1;
      const kind = isVerticalLabel(cell, slot.anchorColumn)
        ? 'group vertical'
        : group
          ? 'group'
          : 'label';
      return `<th${attributes({ scope: 'row', class: kind, ...spans })}>${escapeHtml(cell.text)}</th>`;
    }
    case 'header': {
      const scope = !inHead && titleRow ? 'rowgroup' : (cell.colSpan ?? 1) > 1 ? 'colgroup' : 'col';
      return `<th${attributes({ scope, class: titleRow ? 'title' : undefined, ...spans })}>${escapeHtml(cell.text)}</th>`;
    }
  }
}

function renderRow(block: TableBlock, line: readonly GridSlot[], inHead: boolean): string {
  const titleRow = isTitleRow(line);
  const cells = line
    .filter((slot) => slot.anchor)
    .map((slot) => renderCell(block, slot, inHead, titleRow));
  return `<tr>${cells.join('')}</tr>`;
}

/** Columns that hold figures (a value cell starts there). */
function valueColumns(grid: readonly (readonly GridSlot[])[], columnCount: number): boolean[] {
  const out = new Array<boolean>(columnCount).fill(false);
  for (const line of grid)
    for (const slot of line)
      if (slot.anchor && slot.cell.type === 'value') out[slot.anchorColumn] = true;
  return out;
}

/**
 * Column widths: where a table has many figure columns (三, 四), they share 45 % of the width
 * (all of it when there are no label columns) equally, so that 自然人 … 总计 or the 15 columns
 * of 四 line up as on the printed form; label columns take the rest. Other tables size freely.
 * The widths are a rule of the page's style sheet (`.stats-requests col.figure`), never an
 * inline style attribute, so the page shows the same under a policy that refuses those.
 */
function figureColumnWidth(block: TableBlock): number | undefined {
  const isValue = valueColumns(block.grid, block.table.columnCount);
  const count = isValue.filter(Boolean).length;
  if (count < 5) return undefined;
  const share = count === block.table.columnCount ? 100 : 45;
  return Math.floor((share / count) * 100) / 100;
}

function renderColumns(block: TableBlock): string {
  if (figureColumnWidth(block) === undefined) return '';
  const isValue = valueColumns(block.grid, block.table.columnCount);
  const cols = isValue.map((v) => (v ? '<col class="figure">' : '<col>'));
  return `<colgroup>${cols.join('')}</colgroup>`;
}

/** The style rules of the document's tables: their figure columns' widths. */
function tableCss(doc: ReportDocument): string {
  return doc.blocks
    .flatMap((block) => {
      if (block.kind !== 'table') return [];
      const width = figureColumnWidth(block);
      return width === undefined
        ? []
        : [`.stats-${block.table.id} col.figure { width: ${width}%; }`];
    })
    .join('\n');
}

function renderTable(block: TableBlock): string {
  const { table, grid } = block;
  const head = grid.slice(0, table.headerRowCount);
  const body = grid.slice(table.headerRowCount);
  // Each titled block of the body (table 二's 第二十条 items) is a row group of its own.
  const groups: (readonly GridSlot[])[][] = [];
  body.forEach((line, i) => {
    if (i === 0 || isTitleRow(line)) groups.push([]);
    groups[groups.length - 1]!.push(line);
  });
  const parts: string[] = [
    `<table${attributes({
      class: `stats stats-${table.id}`,
      'data-table': table.id,
      border: 1,
    })}>`,
    `<caption>${escapeHtml(block.caption)}</caption>`,
  ];
  parts.push(renderColumns(block));
  if (head.length > 0) {
    parts.push('<thead>', ...head.map((line) => renderRow(block, line, true)), '</thead>');
  }
  for (const group of groups) {
    parts.push('<tbody>', ...group.map((line) => renderRow(block, line, false)), '</tbody>');
  }
  parts.push('</table>');
  return parts.join('\n');
}

/** A plain table of text (附：本年与上年数据对比): a header row, the item of each row as its row header. */
function renderTextTable(block: Extract<DocBlock, { kind: 'textTable' }>): string {
  const head = block.header.map((t) => `<th scope="col">${escapeHtml(t)}</th>`).join('');
  const rows = block.rows.map(
    ([item, ...figures]) =>
      `<tr><th scope="row" class="label">${escapeHtml(item ?? '')}</th>${figures
        .map((t) => `<td class="num">${escapeHtml(t)}</td>`)
        .join('')}</tr>`,
  );
  return [
    '<table class="stats stats-comparison" border="1">',
    `<caption>${escapeHtml(block.caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ].join('\n');
}

/**
 * The report as a complete HTML5 document.
 * @example renderHtml(buildReportDocument(report)) // '<!DOCTYPE html>\n<html lang="zh-CN">…'
 */
export function renderHtml(doc: ReportDocument): string {
  const title = doc.draft ? `【草稿】${doc.title}` : doc.title;
  const body: string[] = [];
  let headingCount = 0;
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        headingCount++;
        body.push(`<h2 id="section-${headingCount}">${escapeHtml(block.text)}</h2>`);
        break;
      case 'paragraph':
        body.push(`<p>${renderRuns(block.runs)}</p>`);
        break;
      case 'table':
        body.push(renderTable(block));
        break;
      case 'textTable':
        body.push(renderTextTable(block));
        break;
    }
  }
  const titleLines = doc.titleLines.map(
    (line, i) =>
      `<span class="${i === 0 && doc.titleLines.length > 1 ? 'title-agency' : 'title-year'}">${escapeHtml(line)}</span>`,
  );
  const closing = [
    ...(doc.closing.agency
      ? [`<p class="closing-agency">${escapeHtml(doc.closing.agency)}</p>`]
      : []),
    ...(doc.closing.date ? [`<p class="closing-date">${escapeHtml(doc.closing.date)}</p>`] : []),
  ];
  const contact = doc.contact
    ? doc.contact
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .map((l) => `<p class="contact">${escapeHtml(l)}</p>`)
    : [];
  return [
    ...exportPageHead(title, `${reportCss(doc.draft, closingCss(doc))}\n${tableCss(doc)}\n`),
    '<body>',
    `<article${attributes({ class: 'report', 'data-format': doc.format, 'data-year': doc.year, 'data-draft': doc.draft ? 'true' : undefined })}>`,
    '<header>',
    ...(doc.draft ? [`<p class="draft-mark" role="note">${escapeHtml(DRAFT_NOTICE)}</p>`] : []),
    // Two lines by style (each span a block), one line of text for a reader or an importer.
    `<h1>${titleLines.join('')}</h1>`,
    '</header>',
    ...body,
    ...(closing.length + contact.length > 0
      ? ['<footer class="closing">', ...closing, ...contact, '</footer>']
      : []),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The 落款's right indents (in characters), as a rule of the style sheet. */
function closingCss(doc: ReportDocument): string {
  const { agencyIndent, dateIndent } = doc.closing;
  return `.closing-agency { padding-right: ${agencyIndent}em; }\n.closing-date { padding-right: ${dateIndent}em; }`;
}
