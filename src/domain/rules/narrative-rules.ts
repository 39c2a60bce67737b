import { findCell } from '../templates/index.ts';
import type { NarrativeKey } from '../templates/index.ts';
import type { QuotedFigure } from '../notes/index.ts';
import { value } from './rule-helpers.ts';
import type { FindingDraft, Rule, RuleContext } from './rule.types.ts';

function sectionsOf(ctx: RuleContext, keys: readonly NarrativeKey[]) {
  return ctx.template.sections.filter((s) => s.kind === 'narrative' && keys.includes(s.narrative));
}

export const narrativeRequired: Rule = {
  id: 'narrative.required',
  severity: 'error',
  title: '报告正文有部分未写',
  explanation:
    '“一、总体情况”“五、存在的主要问题及改进情况”“六、其他需要报告的事项”都必须有内容；确实没有可报告的，写“无”。',
  source: '《政府信息公开条例》第五十条；国办公开办函〔2021〕30号“不能遗漏”（参考 §4 X-1）',
  check: (ctx) =>
    ctx.template.sections.flatMap((s): FindingDraft[] => {
      if (s.kind !== 'narrative' || s.narrative === 'preamble') return [];
      if ((ctx.report.narrative?.[s.narrative] ?? '').trim() !== '') return [];
      return [
        {
          code: 'narrative.required',
          params: { heading: s.heading },
          cells: [`narrative.${s.narrative}`],
          area: 'narrative',
          ...(ctx.mode === 'draft' ? { severity: 'info' as const } : {}),
        },
      ];
    }),
};

const FEE_PATTERN = /信息处理费/;
const FEE_NOTICE_PATTERN = /收费通知/;
/**
 * "None charged / no notice issued", within one clause: not "申请人逾期未缴纳，实际收取…" nor the
 * （六）2 label "逾期未按收费通知要求缴纳费用", which both report notices that were issued.
 */
const NO_FEE_PATTERN = /(未|没有|无)(?!按)[^。；，,]{0,20}(收取|发出|收费通知)/;

export const narrativeFees: Rule = {
  id: 'narrative.fees',
  severity: 'warning',
  title: '信息处理费情况未报告或与表三不符',
  explanation:
    '“六、其他需要报告的事项”应报告按《政府信息公开信息处理费管理办法》收取信息处理费的情况（发出收费通知的件数和总金额、实际收取的总金额；没有的写明未收取）。表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用”大于 0 时，第六部分应报告发出的收费通知。',
  source: '国办公开办函〔2021〕30号；国办函〔2020〕109号（参考 §4 T3-6）',
  mandatory: true,
  formats: ['2021'],
  check: ({ report, template }) => {
    const other = (report.narrative?.other ?? '').replace(/\s/g, '');
    const out: FindingDraft[] = [];
    if (other !== '' && !FEE_PATTERN.test(other)) {
      out.push({
        code: 'narrative.fees',
        params: {},
        cells: ['narrative.other'],
        area: 'narrative',
      });
    }
    const feeUnpaidId = 'requests.results.otherHandling.feeUnpaid.total';
    const feeUnpaid = findCell(template, feeUnpaidId) ? value(report, feeUnpaidId) : null;
    // Judged clause by clause: "发出收费通知3件…，未实际收取" reports the notices; only a clause
    // that names the notices without denying them counts.
    const noticesReported = other
      .split(/[。；，,]/)
      .some((clause) => FEE_NOTICE_PATTERN.test(clause) && !NO_FEE_PATTERN.test(clause));
    if (feeUnpaid !== null && feeUnpaid > 0 && !noticesReported) {
      out.push({
        code: 'narrative.fees.notices',
        params: { feeUnpaid },
        cells: [feeUnpaidId, 'narrative.other'],
        actual: feeUnpaid,
        area: 'narrative',
      });
    }
    return out;
  },
};

interface FigurePattern {
  /** What the figure is taken for (its words: quotedFigureWord). */
  readonly figure: QuotedFigure;
  readonly pattern: RegExp;
  /** Only in sentences about applications (so 人大建议"答复98件" is not taken for requests). */
  readonly aboutRequests: boolean;
  /** The table figures (sums of cells) the text may mean. */
  readonly candidates: readonly (readonly string[])[];
}

const NARRATIVE_KEYS: readonly NarrativeKey[] = ['preamble', 'overview', 'problems', 'other'];

const GAP = '[^。；，,、\\d]{0,14}?';
/** Words between 申请 and its figure: 申请(公开)(共/总计/数量为)55件. */
const APPLICATION_TAIL = '(?:公开|信息|件数|数量|总数|数|共计?|总计|合计|为|达)*';
/** 办理 that is not 正在办理 (still open: 结转). */
const HANDLED = '(?:办结|答复|(?<!正在|仍在|尚在)办理)';
const DOCUMENTS = {
  regulations: '(?:部门|政府)?规章',
  normativeDocuments: '(?:行政)?规范性文件',
} as const;
const ISSUE = '(?:制定|制发|发布|出台|印发)';

/** The figures of table 二 quoted in the text: 规章/规范性文件 制发/废止/现行有效 N 件 (2021). */
function documentFigures(): FigurePattern[] {
  return (Object.keys(DOCUMENTS) as (keyof typeof DOCUMENTS)[]).flatMap((key) => {
    const doc = DOCUMENTS[key];
    // "制发规章1件" / "规章制发1件"; 规章 not inside 规范性文件's name and vice versa.
    // "制发规章1件" / "规章制发1件" / "发布部门规章1件、行政规范性文件4件" (the verb carried on).
    const either = (verb: string): RegExp =>
      new RegExp(
        `(?:${verb}${doc}|${doc}${GAP}${verb}|${verb}[^。；，,\\d]{0,20}\\d+件、${doc})(?:共|总计|合计)?(\\d+)件`,
        'g',
      );
    return (
      [
        { verb: ISSUE, cell: 'issued' },
        { verb: '废止', cell: 'repealed' },
        { verb: '现行有效(?:的)?', cell: 'inForce' },
      ] as const
    ).map((f) => ({
      figure: `${f.cell}:${key}` as const,
      pattern: either(f.verb),
      aboutRequests: false,
      candidates: [[`active.${key}.${f.cell}`]],
    }));
  });
}

const FIGURES: readonly FigurePattern[] = [
  {
    figure: 'received',
    pattern: new RegExp(
      `(?:收到|受理|收处|接收|共收|新收)${GAP}申请${APPLICATION_TAIL}(\\d+)件`,
      'g',
    ),
    aboutRequests: true,
    candidates: [
      ['requests.newReceived.total'],
      ['requests.newReceived.total', 'requests.carriedOver.total'],
    ],
  },
  {
    figure: 'handled',
    pattern: new RegExp(`${HANDLED}${GAP}(\\d+)件`, 'g'),
    aboutRequests: true,
    candidates: [['requests.results.total.total']],
  },
  {
    figure: 'carried',
    pattern: new RegExp(`(?:结转|正在办理|仍在办理|尚在办理)${GAP}(\\d+)件`, 'g'),
    aboutRequests: true,
    candidates: [['requests.carriedForward.total'], ['requests.carriedOver.total']],
  },
  {
    figure: 'reconsideration',
    pattern: new RegExp(`行政复议${GAP}(\\d+)件`, 'g'),
    aboutRequests: false,
    candidates: [['reviews.reconsideration.total']],
  },
  {
    figure: 'litigation',
    pattern: new RegExp(`行政诉讼${GAP}(\\d+)件`, 'g'),
    aboutRequests: false,
    candidates: [
      ['reviews.litigationDirect.total', 'reviews.litigationAfterReconsideration.total'],
    ],
  },
  ...documentFigures(),
];

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A number in Chinese numerals, up to 9999 (五十五 → 55, 一百零三 → 103, 十二 → 12), or digit by
 * digit (二〇二 → 202); undefined if it is not one.
 */
export function chineseNumber(text: string): number | undefined {
  if (!/[十百千]/u.test(text)) {
    if (![...text].every((c) => c in CHINESE_DIGITS)) return undefined;
    return Number([...text].map((c) => CHINESE_DIGITS[c]).join(''));
  }
  let total = 0;
  let digit: number | undefined;
  for (const c of text) {
    if (c in CHINESE_DIGITS) digit = CHINESE_DIGITS[c];
    else if (c in CHINESE_UNITS) {
      total += (digit ?? 1) * CHINESE_UNITS[c]!;
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

/** Counts written in Chinese numerals ("五十五件") as digits, for the patterns above. */
function withArabicCounts(text: string): string {
  return text.replace(/([零〇一二两三四五六七八九十百千]+)件/gu, (m, n: string) => {
    const value = chineseNumber(n);
    return value === undefined ? m : `${String(value)}件`;
  });
}

export const narrativeFigures: Rule = {
  id: 'narrative.figures',
  severity: 'warning',
  title: '正文中的数字与统计表不一致',
  explanation:
    '正文引用的申请、办结、结转、行政复议、行政诉讼等数字，应与统计表“总计”列的数字一致（“收到申请”可以是本年新收，也可以是新收加上年结转）。',
  source: '参考 §4 T3-7、T4-3、T2-4；常见错误 §5.3',
  check: ({ report, template }) => {
    const out: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const key of NARRATIVE_KEYS) {
      const text = withArabicCounts((report.narrative?.[key] ?? '').replace(/[ \t\r\u3000]/g, ''));
      for (const sentence of text.split(/[。；\n]/)) {
        const aboutRequests = /申请/.test(sentence);
        for (const f of FIGURES) {
          if (f.aboutRequests && !aboutRequests) continue;
          for (const m of sentence.matchAll(f.pattern)) {
            const quoted = Number(m[1]);
            const candidates = f.candidates.filter((ids) =>
              ids.every((id) => findCell(template, id) && value(report, id) !== null),
            );
            if (candidates.length === 0) continue;
            const sums = [
              ...new Set(
                candidates.map((ids) => ids.reduce((s, id) => s + (value(report, id) ?? 0), 0)),
              ),
            ];
            if (sums.includes(quoted)) continue;
            const seenKey = `${f.figure}:${String(quoted)}`;
            if (seen.has(seenKey)) continue;
            seen.add(seenKey);
            out.push({
              code: 'narrative.figures',
              params: { quoted: m[0], figure: f.figure, sums },
              // The text first (where the user goes to fix it), then the table figures it contradicts.
              cells: [`narrative.${key}`, ...new Set(candidates.flat())],
              expected: sums[0]!,
              actual: quoted,
              delta: quoted - sums[0]!,
              area: 'narrative',
            });
          }
        }
      }
    }
    return out;
  },
};

// Last year's texts are compared on every check: their bigrams are kept (a few texts at a time).
const bigramCache = new Map<string, Map<string, number>>();
function bigrams(text: string): Map<string, number> {
  const cached = bigramCache.get(text);
  if (cached) return cached;
  const m = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const g = text.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  if (bigramCache.size >= 16) bigramCache.delete(bigramCache.keys().next().value!);
  bigramCache.set(text, m);
  return m;
}

/** Dice coefficient of character bigrams: 1 for identical texts, near 0 for unrelated ones. */
export function textSimilarity(a: string, b: string): number {
  const x = bigrams(a.replace(/\s/g, ''));
  const y = bigrams(b.replace(/\s/g, ''));
  let common = 0;
  let total = 0;
  for (const [g, n] of x) {
    common += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

export const SIMILARITY_THRESHOLD = 0.9;
const MIN_COMPARED_LENGTH = 30;

export const narrativeSimilarity: Rule = {
  id: 'narrative.similarity',
  severity: 'warning',
  title: '正文与上年报告雷同',
  explanation:
    '年度报告内容雷同、敷衍塞责的，主管部门可依照条例第四十七条追究责任。请按本年度的实际工作重写。',
  source: '国办公开办函〔2021〕30号 二（四）明确责任（参考 §4 X-5）',
  check: (ctx) => {
    const prev = ctx.previous?.narrative;
    if (!prev) return [];
    return sectionsOf(ctx, ['overview', 'problems', 'other']).flatMap((s): FindingDraft[] => {
      if (s.kind !== 'narrative') return [];
      const now = ctx.report.narrative?.[s.narrative] ?? '';
      const before = prev[s.narrative] ?? '';
      if (now.length < MIN_COMPARED_LENGTH || before.length < MIN_COMPARED_LENGTH) return [];
      const similarity = textSimilarity(now, before);
      if (similarity < SIMILARITY_THRESHOLD) return [];
      return [
        {
          code: 'narrative.similarity',
          params: { heading: s.heading, percent: Math.round(similarity * 100) },
          cells: [`narrative.${s.narrative}`],
          actual: Math.round(similarity * 100) / 100,
          area: 'narrative',
        },
      ];
    });
  },
};
