/**
 * The paragraphs every office writes each January from its own tables, drafted from the figures:
 * 依申请公开 (table 三), 行政复议 / 行政诉讼 (table 四), 主动公开 (table 二) and the 信息处理费
 * sentence of 六. Pure: the editor and the command line call the same functions. Each paragraph
 * carries a fingerprint of exactly the figures it read, so a generated block can tell when the
 * tables changed since (see blocks.ts).
 */
import {
  APPLICANT_KEYS,
  getTemplate,
  allCells,
  findCell,
  type CellId,
} from '../templates/index.ts';
import {
  getCellValue,
  withTotals,
  type GeneratedParagraphKind,
  type InformationFeeFigures,
  type Report,
} from '../model/index.ts';
import {
  ACTIVE_WORDS,
  doneOrNot,
  FEE_WORDS,
  missingFiguresWord,
  OTHER_HANDLING_ITEM_WORDS,
  OUTCOME_GROUP_WORDS,
  PARAGRAPH_SECTIONS,
  REQUEST_WORDS,
  REVIEW_WORDS,
  yearOnYear,
} from '../wording/narrative.ts';
import { TABLE_SHORT_WORDS, type TableKey } from '../wording/words.ts';
import { changeOf, figureText, plain, yuanText } from './numbers.ts';
import type { NarrativeKey } from '../templates/index.ts';

export const PARAGRAPH_KINDS: readonly GeneratedParagraphKind[] = [
  'active',
  'requests',
  'reviews',
  'fees',
];

export interface DraftOptions {
  /** Last year's report; defaults to the report's own `previous`. */
  readonly previous?: Report;
  /** The 信息处理费 figures the user gives (the tables do not hold them); needed for `fees`. */
  readonly fees?: InformationFeeFigures;
}

export type DraftedParagraph =
  | {
      readonly ok: true;
      readonly kind: GeneratedParagraphKind;
      readonly section: NarrativeKey;
      readonly text: string;
      /** Of the figures read (this year's and last year's cells, the fee figures). */
      readonly fingerprint: string;
      /** The cells it was drafted from, this year's ("requests.newReceived.total") and last year's ("previous.…"). */
      readonly cells: readonly CellId[];
    }
  | {
      readonly ok: false;
      readonly kind: GeneratedParagraphKind;
      readonly section: NarrativeKey;
      /** One Chinese sentence: why it cannot be drafted yet. */
      readonly reason: string;
      /** This year's cells still empty that the paragraph needs. */
      readonly missing: readonly CellId[];
    };

/** Reads figures and remembers every one it read, for the fingerprint. */
class FigureReader {
  readonly read: [string, number | null][] = [];
  readonly missing: CellId[] = [];
  constructor(
    readonly report: Report,
    readonly previous: Report | undefined,
  ) {}

  /** This year's figure (0 while empty, which is then listed as missing). */
  cur(id: CellId): number {
    const v = getCellValue(this.report, id) ?? null;
    this.read.push([id, v]);
    if (v === null) this.missing.push(...this.emptyEntered(id));
    return v ?? 0;
  }

  /** The entered cells that leave a cell empty: itself, or the empty items of a derived total. */
  private emptyEntered(id: CellId): CellId[] {
    const cell = findCell(getTemplate(this.report.format), id);
    if (!cell?.sumOf) return [id];
    return cell.sumOf.flatMap((item) =>
      (getCellValue(this.report, item) ?? null) === null ? this.emptyEntered(item) : [],
    );
  }

  /** Last year's figure, or null when there is no last year or its format lacks the cell. */
  prev(id: CellId): number | null {
    if (!this.previous) return null;
    const v = getCellValue(this.previous, id) ?? null;
    this.read.push([`previous.${id}`, v]);
    return v;
  }

  /** The sum of last year's figures, or null when any is unknown. */
  prevSum(ids: readonly CellId[]): number | null {
    let sum = 0;
    for (const id of ids) {
      const v = this.prev(id);
      if (v === null) return null;
      sum += v;
    }
    return sum;
  }
}

/** FNV-1a (32 bit) as 8 hex digits: small, stable, enough to tell two sets of figures apart. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function fingerprintOf(
  kind: GeneratedParagraphKind,
  report: Report,
  read: readonly [string, number | null][],
  fees: InformationFeeFigures | undefined,
): string {
  const figures = read.map(([id, v]) => `${id}=${v === null ? '' : plain(v)}`).join(';');
  const feeText = fees
    ? `|fees=${[fees.noticesIssued, fees.noticesAmount, fees.collectedCases, fees.collectedAmount].map(plain).join(',')}`
    : '';
  return `v1-${kind}-${fnv1a(`${report.format}|${figures}${feeText}`)}`;
}

/** "，较上年增加65件，增长361.1%" or '' when last year's figure is unknown. */
function yoyClause(current: number, previous: number | null): string | null {
  if (previous === null) return null;
  const c = changeOf(current, previous);
  return yearOnYear(figureText(Math.abs(c.delta)), c.percent, c.sign);
}

const RESULTS = 'requests.results.';
const RESULTS_TOTAL = 'requests.results.total.total';

/** The result rows of table 三 by group, in printed order: granted → [granted], denied → [stateSecret, …]. */
function outcomeGroups(
  report: Report,
): Map<string, { item?: string; id: CellId; label: string }[]> {
  const template = getTemplate(report.format);
  const groups = new Map<string, { item?: string; id: CellId; label: string }[]>();
  for (const cell of allCells(template)) {
    if (!cell.id.startsWith(RESULTS) || !cell.id.endsWith('.total') || cell.id === RESULTS_TOTAL)
      continue;
    const parts = cell.id.split('.');
    const group = parts[2]!;
    const item = parts.length === 5 ? parts[3] : undefined;
    const label =
      item === undefined
        ? ''
        : group === 'otherHandling'
          ? (OTHER_HANDLING_ITEM_WORDS[item] ?? cell.rowLabel)
          : cell.rowLabel.replace(/^\d+\./, '');
    const list = groups.get(group) ?? [];
    list.push({ ...(item !== undefined ? { item } : {}), id: cell.id, label });
    groups.set(group, list);
  }
  return groups;
}

/** The six kinds of applicant (the columns of table 三 before 总计). */
const APPLICANTS = APPLICANT_KEYS.filter((k) => k !== 'total');

function requestsParagraph(r: FigureReader): string {
  const template = getTemplate(r.report.format);
  const fresh = r.cur('requests.newReceived.total');
  const carried = r.cur('requests.carriedOver.total');
  const handled = r.cur(RESULTS_TOTAL);
  const forward = r.cur('requests.carriedForward.total');
  const received = fresh + carried;
  const prevReceived = r.prevSum(['requests.newReceived.total', 'requests.carriedOver.total']);
  const yoy = yoyClause(received, prevReceived);
  if (received === 0 && handled === 0 && forward === 0)
    return `${REQUEST_WORDS.none}${yoy === null ? '' : `，${yoy}`}。`;

  const sentences: string[] = [];
  sentences.push(
    REQUEST_WORDS.received(
      figureText(received),
      figureText(fresh),
      carried === 0 ? null : figureText(carried),
    ) + (yoy === null ? '' : `，${yoy}`),
  );
  const applicants = APPLICANTS.flatMap((key) => {
    const id = `requests.newReceived.${key}`;
    const n = r.cur(id);
    const label = findCell(template, id)?.columnLabel ?? key;
    return n > 0 ? [REQUEST_WORDS.applicant(label, figureText(n))] : [];
  });
  if (applicants.length > 0) sentences.push(REQUEST_WORDS.byApplicant(applicants));

  const outcomes: string[] = [];
  for (const [group, rows] of outcomeGroups(r.report)) {
    const values = rows.map((row) => ({ ...row, n: r.cur(row.id) }));
    const total = values.reduce((s, v) => s + v.n, 0);
    if (total === 0) continue;
    const nonZero = values.filter((v) => v.item !== undefined && v.n > 0);
    const items =
      nonZero.length === 1 && nonZero[0]!.item === 'other'
        ? []
        : nonZero.map((v) => REQUEST_WORDS.outcomeItem(v.label, figureText(v.n)));
    outcomes.push(
      REQUEST_WORDS.outcome(OUTCOME_GROUP_WORDS[group] ?? group, figureText(total), items),
    );
  }
  sentences.push(REQUEST_WORDS.handled(figureText(handled), outcomes));
  sentences.push(
    forward === 0
      ? REQUEST_WORDS.noneCarriedForward
      : REQUEST_WORDS.carriedForward(figureText(forward)),
  );
  return `${sentences.join('。')}。`;
}

const OUTCOMES = ['upheld', 'corrected', 'other', 'pending'] as const;
const LITIGATION = ['litigationDirect', 'litigationAfterReconsideration'] as const;

function reviewsParagraph(r: FigureReader): string {
  const template = getTemplate(r.report.format);
  const outcomeLabel = (o: string): string =>
    findCell(template, `reviews.reconsideration.${o}`)?.columnLabel ?? o;
  const outcomeParts = (values: Record<string, number>): string[] =>
    OUTCOMES.filter((o) => values[o]! > 0).map((o) =>
      REVIEW_WORDS.outcome(outcomeLabel(o), figureText(values[o]!)),
    );
  const withOutcomes = (head: string, values: Record<string, number>): string => {
    const parts = outcomeParts(values);
    return parts.length === 0 ? head : `${head}；${REVIEW_WORDS.outcomes(parts)}`;
  };

  const rec = Object.fromEntries(
    OUTCOMES.map((o) => [o, r.cur(`reviews.reconsideration.${o}`)]),
  ) as Record<string, number>;
  const recTotal = r.cur('reviews.reconsideration.total');
  const recYoy = yoyClause(recTotal, r.prev('reviews.reconsideration.total'));
  const lit = Object.fromEntries(
    OUTCOMES.map((o) => [o, LITIGATION.reduce((s, g) => s + r.cur(`reviews.${g}.${o}`), 0)]),
  ) as Record<string, number>;
  const direct = r.cur('reviews.litigationDirect.total');
  const after = r.cur('reviews.litigationAfterReconsideration.total');
  const litTotal = direct + after;
  const litYoy = yoyClause(litTotal, r.prevSum(LITIGATION.map((g) => `reviews.${g}.total`)));

  const sentences: string[] = [];
  sentences.push(
    recTotal === 0
      ? `${REVIEW_WORDS.noReconsideration}${recYoy === null ? '' : `，${recYoy}`}`
      : withOutcomes(REVIEW_WORDS.reconsideration(figureText(recTotal), recYoy), rec),
  );
  sentences.push(
    litTotal === 0
      ? `${REVIEW_WORDS.noLitigation}${litYoy === null ? '' : `，${litYoy}`}`
      : withOutcomes(
          REVIEW_WORDS.litigation(
            figureText(litTotal),
            figureText(direct),
            figureText(after),
            litYoy,
          ),
          lit,
        ),
  );
  if (recTotal + litTotal > 0) {
    const corrected = rec.corrected! + lit.corrected!;
    sentences.push(
      corrected === 0 ? REVIEW_WORDS.noneCorrected : REVIEW_WORDS.corrected(figureText(corrected)),
    );
  }
  return `${sentences.join('。')}。`;
}

function labelOf(report: Report, id: CellId): string {
  return findCell(getTemplate(report.format), id)?.rowLabel ?? id;
}

/** "制发规章1件、行政规范性文件4件" from the rows of one column of table 二（一）. */
function documentsClause(r: FigureReader, verb: string, column: string, joiner: string): string {
  const rows = ['regulations', 'normativeDocuments'].map((row) => {
    const id = `active.${row}.${column}`;
    return { label: labelOf(r.report, id), n: r.cur(id) };
  });
  return doneOrNot(
    verb,
    rows.filter((x) => x.n > 0).map((x) => ACTIVE_WORDS.document(x.label, figureText(x.n))),
    rows.filter((x) => x.n === 0).map((x) => x.label),
    { joiner },
  );
}

function decisionsClause(r: FigureReader, rows: readonly string[]): string {
  const values = rows.map((row) => {
    const id = `active.${row}.decisions`;
    return { label: labelOf(r.report, id), n: r.cur(id) };
  });
  return ACTIVE_WORDS.decisions(
    doneOrNot(
      ACTIVE_WORDS.decisionVerb,
      values.filter((x) => x.n > 0).map((x) => ACTIVE_WORDS.decision(x.label, figureText(x.n))),
      values.filter((x) => x.n === 0).map((x) => x.label),
      { notDoneSuffix: ACTIVE_WORDS.decisionSuffix },
    ),
  );
}

function inForceParts(r: FigureReader, column: string): string[] {
  return ['regulations', 'normativeDocuments'].map((row) => {
    const id = `active.${row}.${column}`;
    return ACTIVE_WORDS.document(labelOf(r.report, id), figureText(r.cur(id)));
  });
}

function activeParagraph(r: FigureReader): string {
  const sentences: string[] = [];
  if (r.report.format === '2021') {
    sentences.push(
      ACTIVE_WORDS.documents(
        documentsClause(r, ACTIVE_WORDS.issueVerb, 'issued', '、'),
        // "，" between the rows: "、行政规范性文件N件" would read as a 制发 figure.
        documentsClause(r, ACTIVE_WORDS.repealVerb, 'repealed', '，'),
        inForceParts(r, 'inForce'),
      ),
    );
    sentences.push(decisionsClause(r, ['licensing', 'penalty', 'coercion']));
    const fees = r.cur('active.fees.amount');
    sentences.push(fees > 0 ? ACTIVE_WORDS.fees(figureText(fees)) : ACTIVE_WORDS.noFees);
  } else {
    sentences.push(
      ACTIVE_WORDS.documents2019(
        documentsClause(r, ACTIVE_WORDS.makeVerb, 'made', '，'),
        documentsClause(r, ACTIVE_WORDS.publishVerb, 'published', '，'),
        inForceParts(r, 'publicTotal'),
      ),
    );
    sentences.push(decisionsClause(r, ['licensing', 'otherServices', 'penalty', 'coercion']));
    const previous = r.cur('active.fees.previousItems');
    const change = r.cur('active.fees.change');
    const sign = change > 0 ? 1 : change < 0 ? -1 : 0;
    sentences.push(
      ACTIVE_WORDS.feeItems(
        figureText(previous),
        ACTIVE_WORDS.itemChange(figureText(Math.abs(change)), sign),
      ),
    );
    sentences.push(
      ACTIVE_WORDS.procurement(
        figureText(r.cur('active.procurement.projects')),
        figureText(r.cur('active.procurement.amount')),
      ),
    );
  }
  return `${sentences.join('。')}。`;
}

function feesParagraph(fees: InformationFeeFigures): string {
  const { noticesIssued, noticesAmount, collectedCases, collectedAmount } = fees;
  if (noticesIssued === 0 && collectedCases === 0 && collectedAmount === 0)
    return `${FEE_WORDS.none}。`;
  if (noticesIssued === 0)
    return `${FEE_WORDS.collectedOnly(figureText(collectedCases), yuanText(collectedAmount))}。`;
  const notices = FEE_WORDS.notices(figureText(noticesIssued), yuanText(noticesAmount));
  const collected =
    collectedCases === 0 && collectedAmount === 0
      ? FEE_WORDS.nonePaid
      : FEE_WORDS.collected(figureText(collectedCases), yuanText(collectedAmount));
  return `${notices}；${collected}。`;
}

/**
 * One paragraph drafted from the figures. `requests`, `reviews`, `active` read the tables (and
 * last year's report for "较上年…"); `fees` needs the 信息处理费 figures from the user. Not ok
 * while a figure it needs is empty, or without fee figures.
 * @example draftParagraph('requests', report2024).text // '全年共收到政府信息公开申请83件（本年新收82件，上年结转1件）…'
 */
export function draftParagraph(
  kind: GeneratedParagraphKind,
  report: Report,
  options: DraftOptions = {},
): DraftedParagraph {
  const section = PARAGRAPH_SECTIONS[kind];
  const previousGiven = options.previous ?? report.previous;
  const reader = new FigureReader(
    withTotals(report),
    previousGiven ? withTotals(previousGiven) : undefined,
  );
  let text: string;
  if (kind === 'fees') {
    if (!options.fees)
      return { ok: false, kind, section, reason: FEE_WORDS.needFigures, missing: [] };
    text = feesParagraph(options.fees);
  } else if (kind === 'requests') text = requestsParagraph(reader);
  else if (kind === 'reviews') text = reviewsParagraph(reader);
  else text = activeParagraph(reader);
  if (reader.missing.length > 0) {
    const missing = [...new Set(reader.missing)];
    const tables = [...new Set(missing.map((id) => id.split('.')[0] as TableKey))];
    return {
      ok: false,
      kind,
      section,
      reason: missingFiguresWord(
        tables.map((t) => TABLE_SHORT_WORDS[t]),
        missing.length,
      ),
      missing,
    };
  }
  return {
    ok: true,
    kind,
    section,
    text,
    fingerprint: fingerprintOf(kind, report, reader.read, options.fees),
    cells: [...new Set(reader.read.map(([id]) => id))],
  };
}

/** Every paragraph for the report: the table ones, and the 信息处理费 one when fee figures are given (2021 always asks). */
export function draftParagraphs(report: Report, options: DraftOptions = {}): DraftedParagraph[] {
  return PARAGRAPH_KINDS.filter(
    (k) => k !== 'fees' || options.fees !== undefined || report.format === '2021',
  ).map((k) => draftParagraph(k, report, options));
}
