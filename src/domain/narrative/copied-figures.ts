/**
 * Last year's figures in text copied from last year's report (rollover with 复制正文): every
 * number that a phrase ties to a table figure ("收处政府信息公开申请83件", "行政复议27件",
 * "现行有效规章4件") and that equals last year's figure of that meaning, with this year's figure
 * of the same meaning offered in its place. Arabic digits (and "32万") only.
 */
import { allCells, findCell, getTemplate, type CellId } from '../templates/index.ts';
import { getCellValue, withTotals, type Report } from '../model/index.ts';
import { COPIED_FIGURE_WORDS } from '../wording/narrative.ts';
import { figureText } from './numbers.ts';

interface FigureMeaning {
  readonly what: keyof typeof COPIED_FIGURE_WORDS;
  /** Tested on the clause before the number (the number must end the match). */
  readonly before: RegExp;
  /** The table figures (sums of cells) it may be, most likely first. */
  readonly sums: readonly (readonly CellId[])[];
}

const REQ = 'requests';
/** The 总计 cells of a group's items (the same items in both formats): 不予公开 1–8, … */
const itemTotals = (group: string): CellId[] =>
  allCells(getTemplate('2021'))
    .filter((c) => c.id.startsWith(`${REQ}.results.${group}.`) && c.id.endsWith('.total'))
    .map((c) => c.id);
const DENIED = itemTotals('denied');
const UNAVAILABLE = itemTotals('unavailable');
const NOT_PROCESSED = itemTotals('notProcessed');
const LITIGATION = [
  'reviews.litigationDirect.total',
  'reviews.litigationAfterReconsideration.total',
];

/** Specific meanings first: "上年结转" before "结转", "新收" before "收到". */
const MEANINGS: readonly FigureMeaning[] = [
  { what: 'carriedOver', before: /上年结转[^\d]{0,6}$/, sums: [[`${REQ}.carriedOver.total`]] },
  {
    what: 'carriedForward',
    before: /(?:结转|正在办理)[^\d]{0,10}$/,
    sums: [[`${REQ}.carriedForward.total`]],
  },
  { what: 'newReceived', before: /新收[^\d]{0,14}$/, sums: [[`${REQ}.newReceived.total`]] },
  {
    what: 'received',
    before: /(?:收到|受理|收处|接收|共收)[^\d]{0,16}申请(?:共|总计|合计)?$/,
    sums: [[`${REQ}.newReceived.total`, `${REQ}.carriedOver.total`], [`${REQ}.newReceived.total`]],
  },
  { what: 'handled', before: /(?:办结|答复)[^\d]{0,14}$/, sums: [[`${REQ}.results.total.total`]] },
  { what: 'granted', before: /予以公开(?:的)?$/, sums: [[`${REQ}.results.granted.total`]] },
  {
    what: 'partlyGranted',
    before: /部分公开(?:的)?$/,
    sums: [[`${REQ}.results.partlyGranted.total`]],
  },
  { what: 'denied', before: /不予公开(?:的)?$/, sums: [DENIED] },
  { what: 'unavailable', before: /无法提供(?:的)?$/, sums: [UNAVAILABLE] },
  { what: 'notProcessed', before: /不予处理(?:的)?$/, sums: [NOT_PROCESSED] },
  {
    what: 'reconsideration',
    before: /行政复议[^\d]{0,14}$/,
    sums: [['reviews.reconsideration.total']],
  },
  { what: 'litigation', before: /行政诉讼[^\d]{0,14}$/, sums: [LITIGATION] },
  {
    what: 'regulationsInForce',
    before: /现行有效[^\d]{0,10}规章$/,
    sums: [['active.regulations.inForce']],
  },
  {
    what: 'documentsInForce',
    before: /现行有效[^\d]{0,12}规范性文件$/,
    sums: [['active.normativeDocuments.inForce']],
  },
  {
    what: 'regulationsIssued',
    before: /(?:制定|制发|发布|出台)(?:部门)?规章$/,
    sums: [['active.regulations.issued']],
  },
  {
    what: 'documentsIssued',
    before: /(?:制定|制发|发布|出台|、)(?:行政)?规范性文件$/,
    sums: [['active.normativeDocuments.issued']],
  },
  { what: 'licensing', before: /行政许可[^\d]{0,8}$/, sums: [['active.licensing.decisions']] },
  { what: 'penalty', before: /行政处罚[^\d]{0,8}$/, sums: [['active.penalty.decisions']] },
  { what: 'coercion', before: /行政强制[^\d]{0,8}$/, sums: [['active.coercion.decisions']] },
  { what: 'fees', before: /行政事业性收费[^\d]{0,8}$/, sums: [['active.fees.amount']] },
];

/** A number with its unit: "83件", "32万件", "5569.2092万元", "3项". */
const NUMBER = /(\d+(?:\.\d+)?)(万(?!元))?(?=件|项|万元|元)/g;
/** Where the phrase that names a number can start: the clause. */
const CLAUSE_BREAK = /[。；;，,\n（(）)]/;

export interface CopiedFigure {
  /** [start, end) of the number in the text ("32万" includes the 万). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** What the figure is, in Chinese (收到的申请数). */
  readonly what: string;
  readonly previous: number;
  /** This year's figure of the same meaning; null while empty or not in this year's format. */
  readonly current: number | null;
  /** The number to put in its place (this year's, written the same way); absent when current is null. */
  readonly replacement?: string;
  readonly cells: readonly CellId[];
}

function sumOf(report: Report, ids: readonly CellId[]): number | null {
  const template = getTemplate(report.format);
  let sum = 0;
  for (const id of ids) {
    if (!findCell(template, id)) return null;
    const v = getCellValue(report, id);
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return Math.round(sum * 1e6) / 1e6;
}

/**
 * The figures in `text` that are last year's table figures, in text order.
 * @example findCopiedFigures('全年收处政府信息公开申请83件', draft2025)[0] // { previous: 83, current: …, replacement: '…' }
 */
export function findCopiedFigures(
  text: string,
  report: Report,
  previousGiven: Report | undefined = report.previous,
): CopiedFigure[] {
  if (!previousGiven) return [];
  const previous = withTotals(previousGiven);
  const current = withTotals(report);
  const out: CopiedFigure[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    let clauseStart = start;
    while (
      clauseStart > 0 &&
      !CLAUSE_BREAK.test(text[clauseStart - 1]!) &&
      start - clauseStart < 30
    )
      clauseStart--;
    const before = text.slice(clauseStart, start).replace(/\s/g, '');
    const quoted = Number(m[1]) * (m[2] ? 10_000 : 1);
    for (const meaning of MEANINGS) {
      if (!meaning.before.test(before)) continue;
      const sums = meaning.sums.find((ids) => sumOf(previous, ids) === quoted);
      if (!sums) break;
      const now = sumOf(current, sums);
      out.push({
        start,
        end: start + m[0].length,
        text: m[0],
        what: COPIED_FIGURE_WORDS[meaning.what],
        previous: quoted,
        current: now,
        ...(now !== null ? { replacement: figureText(now) } : {}),
        cells: sums,
      });
      break;
    }
  }
  return out;
}

/** The text with every given figure replaced by its replacement (those without one are left). */
export function replaceCopiedFigures(text: string, figures: readonly CopiedFigure[]): string {
  return [...figures]
    .sort((a, b) => b.start - a.start)
    .reduce(
      (t, f) =>
        f.replacement === undefined ? t : t.slice(0, f.start) + f.replacement + t.slice(f.end),
      text,
    );
}
