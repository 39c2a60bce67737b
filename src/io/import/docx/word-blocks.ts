/**
 * The body of a WordprocessingML document (word/document.xml) as blocks: paragraphs (w:p: the
 * text of its w:t runs, w:tab as a tab, w:br / w:cr as a line break) and tables (w:tbl) as a full
 * grid: w:gridSpan widens a cell, w:vMerge="restart" starts a vertically merged cell and each
 * w:vMerge continuation below it is covered by that cell, w:gridBefore leaves columns empty.
 *
 * Read as the reader sees the document: deleted and moved-away text (w:del, w:moveFrom), hidden
 * runs (w:vanish), field instructions and the fallback copies of drawings (mc:Fallback) are left
 * out. Headers and footers (page numbers) are other parts and are not read. A table used for
 * page layout (holding other tables, a single column, or a cell of long text) is read as the
 * paragraphs and tables of its cells.
 */
import {
  isLayoutGrid,
  tableLines,
  type DocumentBlock,
  type GridSlot,
} from '../html/document-text.ts';
import { decodeXml, scanXml, xmlAttribute, xmlAttributes } from './xml-scan.ts';

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** The widest table Word makes has 63 columns. */
const MAX_SPAN = 64;

interface CellBuild {
  /** The cell's paragraphs and the tables inside it. */
  readonly blocks: DocumentBlock[];
  span: number;
  vMerge: 'restart' | 'continue' | undefined;
  hMergeContinue: boolean;
}

interface RowBuild {
  readonly cells: CellBuild[];
  gridBefore: number;
}

interface TableBuild {
  readonly rows: RowBuild[];
  readonly path: string;
}

/** What the document's root declares: the prefixes of WordprocessingML and markup compatibility. */
interface Prefixes {
  readonly w: string;
  readonly mc: string | undefined;
}

function prefixes(attributes: string): Prefixes | undefined {
  let w: string | undefined;
  let mc: string | undefined;
  for (const [name, value] of xmlAttributes(attributes)) {
    const prefix = name === 'xmlns' ? '' : name.startsWith('xmlns:') ? name.slice(6) : undefined;
    if (prefix === undefined) continue;
    if (W_NAMESPACES.has(value)) w ??= prefix;
    else if (value === MC_NAMESPACE) mc ??= prefix;
  }
  return w === undefined ? undefined : { w, mc };
}

const on = (value: string | undefined): boolean =>
  value === undefined || !/^(0|false|off)$/iu.test(value);

/** A cell's text: its paragraphs, and a table inside it as lines. */
function cellText(cell: CellBuild): string {
  return cell.blocks
    .map((b) =>
      b.kind === 'text'
        ? b.text
        : tableLines(b.grid, b.path, b.rowName)
            .lines.map((l) => l.text)
            .join('\n'),
    )
    .join('\n');
}

/** The full grid of a table: merged cells expanded, short rows padded with holes. */
function buildGrid(table: TableBuild): (GridSlot | null)[][] {
  const grid: (GridSlot | null)[][] = [];
  table.rows.forEach((row, r) => {
    const line: (GridSlot | null)[] = [];
    let c = Math.min(row.gridBefore, MAX_SPAN);
    for (const cell of row.cells) {
      const span = Math.max(1, Math.min(cell.span, MAX_SPAN));
      const left = c > 0 ? line[c - 1] : undefined;
      const above = r > 0 ? grid[r - 1]![c] : undefined;
      if (cell.hMergeContinue && left) {
        for (let k = 0; k < span; k++) line[c + k] = left;
      } else if (cell.vMerge === 'continue' && above) {
        for (let k = 0; k < span; k++) line[c + k] = grid[r - 1]![c + k] ?? above;
      } else {
        const text = cellText(cell);
        const slot: GridSlot = { cell: { text }, anchorRow: r, anchorColumn: c };
        for (let k = 0; k < span; k++) line[c + k] = slot;
      }
      c += span;
    }
    grid.push(line);
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? null));
}

/** Thrown when the part is not WordprocessingML. */
export class NotWordError extends Error {
  constructor() {
    super('not a WordprocessingML document');
    this.name = 'NotWordError';
  }
}

/**
 * The blocks of the document body, in order.
 * @example readWordBlocks('<w:document xmlns:w="…/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p></w:body></w:document>')
 */
export function readWordBlocks(xml: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let ns: Prefixes | undefined;
  /** The local name of a WordprocessingML element; undefined for other namespaces. */
  let local: (name: string) => string | undefined = () => undefined;
  let mcFallback = '';
  const stack: string[] = [];
  let inBody = false;
  // Skipping an element's content: its name and how deep inside it we are.
  let skip: { name: string; depth: number } | undefined;
  const paragraphs: string[] = [];
  const tables: TableBuild[] = [];
  let paragraphCount = 0;
  let tableCount = 0;
  let runHidden = false;
  let inText = false;

  const currentCell = (): CellBuild | undefined => tables.at(-1)?.rows.at(-1)?.cells.at(-1);
  const append = (text: string): void => {
    if (paragraphs.length > 0 && !runHidden) paragraphs[paragraphs.length - 1] += text;
  };
  /** A paragraph or table goes into the open table cell, or else into the body. */
  const deliver = (block: DocumentBlock): void => {
    if (tables.length > 0) currentCell()?.blocks.push(block);
    else blocks.push(block);
  };
  const deliverText = (text: string): void => {
    const table = tables.at(-1);
    if (!table) paragraphCount++;
    deliver({ kind: 'text', text, path: table ? table.path : `w:p[${paragraphCount}]` });
  };

  scanXml(xml, {
    start(name, attributes, selfClosing) {
      if (!ns) {
        ns = prefixes(attributes);
        if (!ns) throw new NotWordError();
        const w = ns.w;
        local =
          w === ''
            ? (n) => (n.includes(':') ? undefined : n)
            : (n) => (n.startsWith(`${w}:`) ? n.slice(w.length + 1) : undefined);
        mcFallback = ns.mc === undefined ? '' : `${ns.mc}:Fallback`;
      }
      if (skip) {
        if (name === skip.name && !selfClosing) skip.depth++;
        return;
      }
      const parent = stack.at(-1);
      const grandparent = stack.at(-2);
      if (!selfClosing) stack.push(name);
      if (name === mcFallback && !selfClosing) {
        skip = { name, depth: 1 };
        stack.pop();
        return;
      }
      const tag = local(name);
      if (tag === undefined) return;
      if (tag === 'body') inBody = true;
      if (!inBody) return;
      const parentTag = parent === undefined ? undefined : local(parent);
      switch (tag) {
        case 'del':
        case 'moveFrom':
          if (!selfClosing) {
            skip = { name, depth: 1 };
            stack.pop();
          }
          return;
        case 'p':
          if (selfClosing) deliverText('');
          else paragraphs.push('');
          return;
        case 'r':
          runHidden = false;
          return;
        case 'vanish':
          if (parentTag === 'rPr' && local(grandparent ?? '') === 'r')
            runHidden = on(xmlAttribute(attributes, `${ns.w ? `${ns.w}:` : ''}val`));
          return;
        case 't':
          inText = !selfClosing;
          return;
        case 'tab':
        case 'ptab':
          if (parentTag === 'r') append('\t');
          return;
        case 'br':
        case 'cr':
          if (parentTag === 'r') append('\n');
          return;
        case 'noBreakHyphen':
          if (parentTag === 'r') append('-');
          return;
        case 'tbl':
          tableCount++;
          tables.push({
            rows: [],
            path: tables.length > 0 ? `${tables.at(-1)!.path}/w:tbl` : `w:tbl[${tableCount}]`,
          });
          return;
        case 'tr':
          tables.at(-1)?.rows.push({ cells: [], gridBefore: 0 });
          return;
        case 'tc': {
          const row = tables.at(-1)?.rows.at(-1);
          row?.cells.push({ blocks: [], span: 1, vMerge: undefined, hMergeContinue: false });
          return;
        }
        case 'gridBefore':
        case 'gridSpan':
        case 'vMerge':
        case 'hMerge': {
          const value = xmlAttribute(attributes, `${ns.w ? `${ns.w}:` : ''}val`);
          if (tag === 'gridBefore' && parentTag === 'trPr') {
            const row = tables.at(-1)?.rows.at(-1);
            if (row) row.gridBefore = Math.max(0, Number.parseInt(value ?? '0', 10) || 0);
            return;
          }
          const cell = parentTag === 'tcPr' ? currentCell() : undefined;
          if (!cell) return;
          if (tag === 'gridSpan') cell.span = Number.parseInt(value ?? '1', 10) || 1;
          else if (tag === 'vMerge') cell.vMerge = value === 'restart' ? 'restart' : 'continue';
          else cell.hMergeContinue = value !== 'restart';
          return;
        }
        default:
          return;
      }
    },
    end(name) {
      if (skip) {
        if (name === skip.name && --skip.depth === 0) skip = undefined;
        return;
      }
      // Pop to the element that ends (tolerating a missing end tag inside it).
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      const tag = local(name);
      if (tag === undefined || !inBody) return;
      switch (tag) {
        case 'body':
          inBody = false;
          return;
        case 't':
          inText = false;
          return;
        case 'p': {
          const text = paragraphs.pop();
          if (text !== undefined) deliverText(text);
          return;
        }
        case 'tbl': {
          const table = tables.pop();
          if (!table) return;
          const grid = buildGrid(table);
          const nested = table.rows.some((r) =>
            r.cells.some((c) => c.blocks.some((b) => b.kind === 'table')),
          );
          if (nested || isLayoutGrid(grid)) {
            // Page layout: the cells' paragraphs and tables, row by row.
            for (const row of table.rows)
              for (const cell of row.cells) cell.blocks.forEach(deliver);
          } else deliver({ kind: 'table', grid, path: table.path, rowName: 'w:tr' });
          return;
        }
        default:
          return;
      }
    },
    text(raw, cdata) {
      if (!inText || skip || !inBody) return;
      append(cdata ? raw : decodeXml(raw));
    },
  });
  if (!ns) throw new NotWordError();
  return blocks;
}
