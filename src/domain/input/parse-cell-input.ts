/**
 * Reading a figure as people type or paste it into a cell of the statistical tables.
 *
 * Accepted, for every kind:
 * - full-width digits and signs (１２３, －５, ．) as typed with a Chinese IME in full-width mode,
 *   and the IME's 。 as a decimal point;
 * - thousands separators: 1,234 or 1，234 (groups of three, else refused as a typo), and spaces
 *   anywhere (1 234, “ 12 ”);
 * - the cell's printed unit after the figure: 12件, 3项 (count and signed cells), 5.5万元 (money).
 * - nothing at all (or only spaces): null, "not filled yet". Write 0 for none.
 *
 * 万 and 亿:
 * - count and signed cells (件, 项): 万 and 亿 multiply, as in 32万 = 320000, 1.5万 = 15000,
 *   0.3亿 = 30000000; the result must still be whole.
 * - money cells are already in 万元, so a trailing 万 or 万元 names the unit and does not
 *   multiply: 1.5万 = 1.5万元 (what the clerk sees on the printed form), never 15000万元.
 *   亿 / 亿元 converts: 1.2亿 = 12000万元. A bare 元 amount (5000元) is refused with the
 *   converted figure to type instead, since guessing would put a 10000× error into the report.
 *
 * Refused with a Chinese message (the committed value stays): letters and other text, decimals
 * in count cells, negatives except in signed cells (2019's 本年增/减: -8, －8, −8 or (8)), money
 * with more than 6 decimals, figures above MAX_CELL_VALUE. Every accepted number also passes the
 * zod schema of its kind (cellValueSchema).
 */
import type { CellKind } from '../templates/index.ts';
import { cellValueSchema, MONEY_DECIMALS } from '../model/index.ts';
import type { CellInputProblem } from '../notes/index.ts';
import { cellInputProblemWord } from '../wording/input.ts';

export type CellInputResult =
  | { readonly ok: true; readonly value: number | null }
  | {
      readonly ok: false;
      readonly problem: CellInputProblem;
      /** The problem's sentence, as the cell shows it. */
      readonly message: string;
    };

const MINUS_SIGNS = new Set(['\u2212', '\u2010', '\u2011', '\u2012', '\u2013', '\uFE63', '\uFF0D']);
// Whitespace of every width, including zero-width characters copied along from web pages.
const SPACES = /[\s\u200B-\u200D\u2060\uFEFF]+/g;

/**
 * Folds full-width forms (U+FF01–U+FF5E) to ASCII, the various minus signs to "-", the IME's
 * full stop "。" to ".", the small comma "﹐" to ",", and removes all whitespace.
 * @example normalizeFigureText(' １，２３４ ') // '1,234'
 */
export function normalizeFigureText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (MINUS_SIGNS.has(ch)) out += '-';
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (ch === '。') out += '.';
    else if (ch === '﹐' || ch === '､') out += ',';
    else out += ch;
  }
  return out.replace(SPACES, '');
}

/** True when the text holds nothing but whitespace (of any width). */
export function isBlankInput(text: string): boolean {
  return text.replace(SPACES, '') === '';
}

const fail = (problem: CellInputProblem): CellInputResult => ({
  ok: false,
  problem,
  message: cellInputProblemWord(problem),
});

/**
 * Parses what was typed or pasted into a cell of the given kind.
 * @example parseCellInput('３２万', 'count') // { ok: true, value: 320000 }
 * @example parseCellInput('', 'count') // { ok: true, value: null }
 * @example parseCellInput('-3', 'count') // { ok: false, message: '数量不能为负数…' }
 */
export function parseCellInput(text: string, kind: CellKind): CellInputResult {
  const original = text.trim();
  let s = normalizeFigureText(text);
  if (s === '') return { ok: true, value: null };
  const notANumber = fail({ kind: 'notANumber', text: original });

  let negative = false;
  // Accounting negatives as Excel copies them: (8)
  const bracketed = /^\((.+)\)$/.exec(s);
  if (bracketed) {
    negative = true;
    s = bracketed[1]!;
  }
  if (s.startsWith('-') || s.startsWith('+')) {
    if (negative) return notANumber;
    negative = s.startsWith('-');
    s = s.slice(1);
  }

  // Units and the 万 / 亿 multipliers.
  let scale = 0; // power of ten
  if (kind === 'money') {
    const yi = /亿元?$/.exec(s);
    if (yi) {
      scale = 4;
      s = s.slice(0, yi.index);
    } else if (/万元?$/.test(s)) {
      s = s.replace(/万元?$/, '');
    } else if (s.endsWith('元')) {
      const inYuan = readDecimal(s.slice(0, -1));
      if (inYuan) {
        return fail({ kind: 'yuan', text: original, wan: Number(shift(inYuan, -4)) });
      }
      return notANumber;
    }
  } else {
    s = s.replace(/[件项]$/, '');
    if (s.endsWith('万')) {
      scale = 4;
      s = s.slice(0, -1);
    } else if (s.endsWith('亿')) {
      scale = 8;
      s = s.slice(0, -1);
    }
  }

  const decimal = readDecimal(s);
  if (!decimal) {
    if (/^[\d,]+(\.\d*)?$/.test(s) && /\d/.test(s))
      return fail({ kind: 'grouping', text: original });
    return notANumber;
  }
  const digits = shift(decimal, scale);
  const fraction = digits.split('.')[1] ?? '';
  const value = (negative ? -1 : 1) * Number(digits);

  if (negative && value !== 0 && kind !== 'signed') {
    return fail({ kind: 'negative', cell: kind });
  }
  if (kind !== 'money' && fraction !== '') {
    return fail(
      scale > 0
        ? { kind: 'notInteger', text: original, scaled: roundNoise(Math.abs(value)) }
        : { kind: 'notInteger', text: original },
    );
  }
  if (kind === 'money' && fraction.length > MONEY_DECIMALS)
    return fail({ kind: 'moneyDecimals', decimals: MONEY_DECIMALS });

  const checked = cellValueSchema(kind).safeParse(value === 0 ? 0 : value); // no -0
  // Every other shape was refused above: what the schema still refuses is the size.
  if (!checked.success) return fail({ kind: 'tooLarge' });
  return { ok: true, value: checked.data };
}

interface Decimal {
  readonly whole: string;
  readonly fraction: string;
}

/** "1,234.50" → { whole: '1234', fraction: '5' }; null unless it is a plain decimal (grouped by threes, if at all). */
function readDecimal(s: string): Decimal | null {
  const m = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/.exec(s);
  if (!m) return null;
  const whole = m[1]!.replaceAll(',', '');
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (whole === '' && (m[2] ?? '') === '') return null; // "", "."
  return { whole: whole.replace(/^0+(?=\d)/, '') || '0', fraction };
}

/** The decimal multiplied by 10^power (power may be negative), as exact digit text. */
function shift({ whole, fraction }: Decimal, power: number): string {
  let w = whole;
  let f = fraction;
  if (power >= 0) {
    w += f.slice(0, power).padEnd(power, '0');
    f = f.slice(power);
  } else {
    const n = -power;
    const padded = w.padStart(n + 1, '0');
    f = padded.slice(-n) + f;
    w = padded.slice(0, -n);
  }
  w = w.replace(/^0+(?=\d)/, '');
  f = f.replace(/0+$/, '');
  return f ? `${w}.${f}` : w;
}

/** Binary-fraction noise off a figure made by 万/亿 (1.23456万 → 12345.6). */
function roundNoise(n: number): number {
  return Math.round(n * 1e10) / 1e10;
}
