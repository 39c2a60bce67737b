/**
 * Test-only helpers for the Word export: unzip a .docx (fflate) and read its XML parts as a
 * small element tree. The parser covers what `docx` writes (elements, attributes in double
 * quotes, text, the five predefined entities, numeric references, the XML declaration); it is
 * not a general XML parser.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

/** Parses one XML document into its root element. Throws on a malformed document. */
export function parseXml(xml: string): XmlElement {
  const token =
    /<\?[^]*?\?>|<!--[^]*?-->|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  const attr = /([^\s=]+)="([^"]*)"/g;
  interface Open {
    name: string;
    attrs: Record<string, string>;
    children: XmlNode[];
  }
  const stack: Open[] = [{ name: '#document', attrs: {}, children: [] }];
  let end = 0;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    if (m.index !== end) throw new Error(`unexpected text at ${end}: ${xml.slice(end, end + 40)}`);
    end = token.lastIndex;
    const [, close, open, attrText, selfClose, text] = m;
    const top = stack[stack.length - 1]!;
    if (close !== undefined) {
      if (top.name !== close) throw new Error(`</${close}> closes <${top.name}>`);
      stack.pop();
      stack[stack.length - 1]!.children.push(top);
    } else if (open !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? '').matchAll(attr)) attrs[a[1]!] = decode(a[2]!);
      const element: Open = { name: open, attrs, children: [] };
      if (selfClose) top.children.push(element);
      else stack.push(element);
    } else if (text !== undefined) {
      top.children.push(decode(text));
    }
  }
  if (end !== xml.length || stack.length !== 1) throw new Error('unterminated XML document');
  const root = stack[0]!.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!root) throw new Error('no root element');
  return root;
}

export function elements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

/** The first child element with this name, or undefined. */
export function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
  return node ? elements(node, name)[0] : undefined;
}

/** Every element with this name below node (depth first, document order). */
export function descendants(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (n: XmlElement) => {
    for (const c of elements(n)) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

/** The value of `w:val` (or another attribute) of the named child, e.g. val(tcPr, 'w:gridSpan'). */
export function val(
  node: XmlElement | undefined,
  name: string,
  attr = 'w:val',
): string | undefined {
  return child(node, name)?.attrs[attr];
}

/** The text of a paragraph, cell or any element: its w:t texts joined. */
export function textOf(node: XmlElement): string {
  return descendants(node, 'w:t')
    .map((t) => t.children.filter((c): c is string => typeof c === 'string').join(''))
    .join('');
}

/** The files of a .docx as text, by path. */
export function unzipDocx(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

/** The parsed XML part at `path`; throws if the package has no such part. */
export function part(files: ReadonlyMap<string, string>, path: string): XmlElement {
  const xml = files.get(path);
  if (xml === undefined) throw new Error(`the .docx has no ${path}`);
  return parseXml(xml);
}

/** A cell of a Word table with the grid column it starts at. */
export interface WordCell {
  readonly column: number;
  readonly span: number;
  readonly vMerge: 'restart' | 'continue' | undefined;
  readonly text: string;
  readonly tc: XmlElement;
}

/** The rows of a w:tbl, each cell placed on the grid by the gridSpans before it. */
export function tableRows(tbl: XmlElement): WordCell[][] {
  return elements(tbl, 'w:tr').map((tr) => {
    let column = 0;
    return elements(tr, 'w:tc').map((tc) => {
      const tcPr = child(tc, 'w:tcPr');
      const span = Number(val(tcPr, 'w:gridSpan') ?? '1');
      const vMergeEl = child(tcPr, 'w:vMerge');
      const vMerge = vMergeEl
        ? vMergeEl.attrs['w:val'] === 'restart'
          ? 'restart'
          : 'continue'
        : undefined;
      const cell: WordCell = { column, span, vMerge, text: textOf(tc), tc };
      column += span;
      return cell;
    });
  });
}
