/**
 * Figures in the table lines of extracted text: finding them among the label text, and turning
 * one into a cell value of a given kind.
 *
 * A figure is a number standing on its own: "82", "5569.2092万元", "32 万", "-8", "1,234".
 * Not figures: item numbers ("1.属于国家秘密"), years and dates ("2019年"), percentages, and
 * numbers inside bracketed notes ("（指2019年事项数）"). A lone "-", "—", "——", "/" or "无" among
 * figures is a placeholder for an empty cell. Figures separated by commas are split ("1,0,4"),
 * except for thousands groups ("1,234").
 */
import {
  parseCellInput,
  roundMoney,
  type CellInputProblem,
  type CellKind,
} from '../../../domain/index.ts';

export type Piece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'figure'; readonly printed: string; readonly placeholder: boolean };

const NUMBER =
  /(?<![\d.,A-Za-z-])(?:(?<=^|\s)[-+])?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*(?:万元|亿元|万|亿|元|件|项|个))?(?![\d.,])(?!\s*[年月日号条届期%‰])/gu;
const PLACEHOLDER = /(?<=^|\s)(?:-{1,2}|—{1,2}|–|\/|\\|无)(?=\s|$)/gu;
/** A change written in words before its figure: 减少1, 增加 2. */
const CHANGE_WORDS = /(减少|增加)\s*(?=\d)/gu;
/** Figures separated by commas (copied from a spreadsheet): "40,3,0,0,1,0,44". */
const COMMA_LIST = /(,?)(\d+(?:,\d+)+)/gu;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/u;
/**
 * A column's name with its number, as a converter heads a table whose header it could not read
 * ("数据1 … 数据6", "列1", "第2列", "栏3"): a header cell, not a figure.
 */
const COLUMN_NAME = /(?:数据|列|栏目?|字段|指标|第)\s*\d{1,2}(?:\s*列)?(?![\d.])/gu;
/** A bracketed note with words in it (its digits are not figures). */
const NOTE = /[(（][^()（）]*\p{Script=Han}[^()（）]*[)）]/gu;

interface Span {
  readonly start: number;
  readonly end: number;
  readonly placeholder: boolean;
}

/**
 * Splits a folded table line into label text and figures, in order.
 * @example splitFigures('其他对外管理服务事项 1 0 32 万') // text, figure 1, figure 0, figure "32 万"
 */
export function splitFigures(line: string): Piece[] {
  const text = line
    .replace(COMMA_LIST, (m, _lead: string, list: string) =>
      THOUSANDS.test(list) ? m : ` ${list.replaceAll(',', ' ')}`,
    )
    // 本年增/减 in words: "减少1" is -1, "增加2" is 2.
    .replace(CHANGE_WORDS, (_m, word: string) => (word === '减少' ? ' -' : ' '));
  const notes: [number, number][] = [];
  for (const m of text.matchAll(NOTE)) notes.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(COLUMN_NAME)) notes.push([m.index, m.index + m[0].length]);
  const inNote = (i: number): boolean => notes.some(([s, e]) => i >= s && i < e);

  const spans: Span[] = [];
  for (const m of text.matchAll(NUMBER)) {
    if (!inNote(m.index))
      spans.push({ start: m.index, end: m.index + m[0].length, placeholder: false });
  }
  const placeholders: Span[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (!inNote(m.index))
      placeholders.push({ start: m.index, end: m.index + m[0].length, placeholder: true });
  }
  // A dash is a placeholder only among figures, with another dash, or as the last thing on the
  // line ("行政强制 -"): not in running text.
  const last = placeholders.at(-1);
  if (spans.length > 0 || placeholders.length > 1 || (last && text.slice(last.end).trim() === ''))
    spans.push(...placeholders);
  spans.sort((a, b) => a.start - b.start);

  const out: Piece[] = [];
  let at = 0;
  for (const s of spans) {
    const before = text.slice(at, s.start).trim();
    if (before) out.push({ kind: 'text', text: before });
    out.push({
      kind: 'figure',
      printed: text.slice(s.start, s.end).trim(),
      placeholder: s.placeholder,
    });
    at = s.end;
  }
  const rest = text.slice(at).trim();
  if (rest) out.push({ kind: 'text', text: rest });
  return out;
}

/** True for a line that holds figures only (at least `min` of them, placeholders included). */
export function isFiguresOnly(text: string, min = 1): boolean {
  const pieces = splitFigures(text);
  return pieces.length >= min && pieces.every((p) => p.kind === 'figure');
}

/**
 * A page number on its own line: "7", "- 7 -", "—7—", "第 7 页", "第7页 共12页", "7/12".
 * Only small numbers (≤ 999) count.
 */
export function isPageNumber(text: string): boolean {
  const s = text.trim();
  return (
    // "7", "- 7 -", "—7—"; not "-1" (a signed figure alone on its line: 本年增/减).
    /^\d{1,3}$/u.test(s) ||
    /^[-—–_~·]+\s*\d{1,3}\s*[-—–_~·]+$/u.test(s) ||
    /^第\s*\d{1,3}\s*页(\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/u.test(s) ||
    /^\d{1,3}\s*\/\s*\d{1,3}$/u.test(s)
  );
}

export type FigureValue =
  /** `placeholder`: a placeholder ("-", "/", "无") read as not filled. */
  | { readonly ok: true; readonly value: number | null; readonly note?: 'placeholder' }
  /** An amount printed in 元, converted exactly to 万元: said, not doubted. */
  | { readonly ok: true; readonly value: number; readonly note: 'yuan' }
  | { readonly ok: false; readonly problem: CellInputProblem };

/**
 * The value of a printed figure in a cell of `kind` (counts: 32万 = 320000; money is in 万元,
 * so "5569.2092万元" = 5569.2092). An amount printed in 元 is converted to 万元 (note `yuan`); a
 * placeholder gives null (note `placeholder`).
 */
export function figureValue(printed: string, kind: CellKind, placeholder = false): FigureValue {
  if (placeholder) return { ok: true, value: null, note: 'placeholder' };
  const parsed = parseCellInput(printed, kind);
  if (parsed.ok) return parsed;
  if (kind === 'money') {
    // "73802895.90元" = 7380.28959 万元: to the 分, within the 6 decimals of 万元.
    const yuan = /^([\d,]+(?:\.\d{1,2})?)\s*元$/u.exec(printed.trim());
    if (yuan) {
      const wan = roundMoney(Number(yuan[1]!.replaceAll(',', '')) / 10_000);
      const checked = parseCellInput(String(wan), kind);
      if (checked.ok && checked.value !== null)
        return { ok: true, value: checked.value, note: 'yuan' };
    }
  }
  return { ok: false, problem: parsed.problem };
}
