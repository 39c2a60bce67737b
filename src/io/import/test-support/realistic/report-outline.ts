/**
 * Test-only: a report as an office lays it out on paper, independent of our templates and
 * exporters — the title, the narrative paragraphs, and the three statistical tables in the
 * official layout (国办公开办函〔2021〕30号 / 〔2019〕60号, reference §1.4–§2.3) as grids of
 * cells with their row and column spans. The renderers beside this file turn it into a
 * government web page, an office's Word document, and text copied from a browser or Word.
 *
 * The labels are written out here by hand on purpose: a realistic file must not be derived from
 * the templates the importers read their labels from.
 */
import type {
  ApplicantRow,
  CellValue,
  Report,
  Report2019,
  Report2021,
  ReviewGroup,
} from '../../../../domain/index.ts';

export interface OutlineCell {
  /** The printed text; '\n' where the cell breaks the line (a <br>, a second paragraph). */
  readonly text: string;
  readonly rowSpan?: number;
  readonly colSpan?: number;
  /** A figure cell (numbers are right-aligned, split into runs, padded …). */
  readonly figure?: boolean;
}

export type OutlineRow = readonly OutlineCell[];

export interface OutlineTable {
  /** Which of the three tables (二, 三, 四). */
  readonly id: 'active' | 'requests' | 'reviews';
  readonly rows: readonly OutlineRow[];
  /** How many rows at the top are header rows (repeated on a continuation page). */
  readonly headerRows: number;
}

export type OutlineBlock =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string }
  /** `lead`: a bold opening sentence such as "（一）聚焦元首外交，权威发布最新动态。". */
  | { readonly kind: 'paragraph'; readonly text: string; readonly lead?: string }
  | { readonly kind: 'table'; readonly table: OutlineTable };

export interface ReportOutline {
  readonly title: string;
  readonly blocks: readonly OutlineBlock[];
}

/**
 * How an amount is written where the form prints no unit (2019's 采购总金额): with 万元 (外交部),
 * bare, or in 元 (reports did all three).
 */
export type AmountStyle = '万元' | 'bare' | '元';

/** How a figure is printed by an office: 320000 as "32万" (as 外交部 did), amounts as written. */
export function printFigure(value: CellValue, unit?: AmountStyle): string {
  if (value === null) return '';
  if (unit === '万元') return `${String(value)}万元`;
  if (unit === '元') {
    const yuan = Math.round(value * 1_000_000) / 100; // to the 分
    return `${Number.isInteger(yuan) ? String(yuan) : yuan.toFixed(2)}元`;
  }
  if (unit === 'bare') return String(value);
  if (value >= 100_000 && value % 10_000 === 0) return `${String(value / 10_000)}万`;
  return String(value);
}

const label = (text: string, colSpan = 1, rowSpan = 1): OutlineCell => ({
  text,
  ...(colSpan > 1 ? { colSpan } : {}),
  ...(rowSpan > 1 ? { rowSpan } : {}),
});
const figure = (value: CellValue, colSpan = 1, unit?: AmountStyle): OutlineCell => ({
  text: printFigure(value, unit),
  figure: true,
  ...(colSpan > 1 ? { colSpan } : {}),
});

const APPLICANT_KEYS = [
  'naturalPerson',
  'commercial',
  'research',
  'publicInterest',
  'legalServices',
  'other',
  'total',
] as const;
const applicant = (row: ApplicantRow): OutlineCell[] => APPLICANT_KEYS.map((k) => figure(row[k]));

/** A block title row, spanning the table's four columns. */
const blockTitle = (text: string): OutlineRow => [label(text, 4)];
/** A header row: 信息内容 and the block's column labels. */
const header = (...columns: readonly string[]): OutlineRow => [
  label('信息内容'),
  ...columns.map((t) => label(t)),
];
/** A row: its label, then its figures in the order of `keys`, one column each. */
function valueRow<K extends string>(
  name: string,
  values: { readonly [P in K]: CellValue },
  keys: readonly K[],
): OutlineRow {
  return [label(name), ...keys.map((k) => figure(values[k]))];
}

function activeTable2021(report: Report2021): OutlineTable {
  const a = report.active;
  const documents = ['issued', 'repealed', 'inForce'] as const;
  return {
    id: 'active',
    headerRows: 0,
    rows: [
      blockTitle('第二十条第（一）项'),
      header('本年制发件数', '本年废止件数', '现行有效件数'),
      valueRow('规章', a.regulations, documents),
      valueRow('行政规范性文件', a.normativeDocuments, documents),
      blockTitle('第二十条第（五）项'),
      [label('信息内容'), label('本年处理决定数量', 3)],
      [label('行政许可'), figure(a.licensing.decisions, 3)],
      blockTitle('第二十条第（六）项'),
      [label('信息内容'), label('本年处理决定数量', 3)],
      [label('行政处罚'), figure(a.penalty.decisions, 3)],
      [label('行政强制'), figure(a.coercion.decisions, 3)],
      blockTitle('第二十条第（八）项'),
      [label('信息内容'), label('本年收费金额（单位：万元）', 3)],
      [label('行政事业性收费'), figure(a.fees.amount, 3)],
    ],
  };
}

function activeTable2019(report: Report2019, amount: AmountStyle): OutlineTable {
  const a = report.active;
  const documents = ['made', 'published', 'publicTotal'] as const;
  const items = ['previousItems', 'change', 'decisions'] as const;
  const itemHeader = header('上一年项目数量', '本年增/减', '处理决定数量');
  return {
    id: 'active',
    headerRows: 0,
    rows: [
      blockTitle('第二十条第（一）项'),
      header('本年新制作数量', '本年新公开数量', '对外公开总数量'),
      valueRow('规章', a.regulations, documents),
      valueRow('规范性文件', a.normativeDocuments, documents),
      blockTitle('第二十条第（五）项'),
      itemHeader,
      valueRow('行政许可', a.licensing, items),
      valueRow('其他对外管理服务事项', a.otherServices, items),
      blockTitle('第二十条第（六）项'),
      itemHeader,
      valueRow('行政处罚', a.penalty, items),
      valueRow('行政强制', a.coercion, items),
      blockTitle('第二十条第（八）项'),
      [label('信息内容'), label('上一年项目数量'), label('本年增/减', 2)],
      [label('行政事业性收费'), figure(a.fees.previousItems), figure(a.fees.change, 2)],
      blockTitle('第二十条第（九）项'),
      [label('信息内容'), label('采购项目数量'), label('采购总金额', 2)],
      [
        label('政府集中采购'),
        figure(a.procurement.projects),
        figure(a.procurement.amount, 2, amount),
      ],
    ],
  };
}

const DENIED = [
  ['stateSecret', '1.属于国家秘密'],
  ['prohibitedByLaw', '2.其他法律行政法规禁止公开'],
  ['threeSecurities', '3.危及“三安全一稳定”'],
  ['thirdPartyRights', '4.保护第三方合法权益'],
  ['internalAffairs', '5.属于三类内部事务信息'],
  ['processInformation', '6.属于四类过程性信息'],
  ['enforcementFiles', '7.属于行政执法案卷'],
  ['inquiryMatters', '8.属于行政查询事项'],
] as const;
const UNAVAILABLE = [
  ['notHeld', '1.本机关不掌握相关政府信息'],
  ['needsCreation', '2.没有现成信息需要另行制作'],
  ['stillUnclear', '3.补正后申请内容仍不明确'],
] as const;
const NOT_PROCESSED = [
  ['complaints', '1.信访举报投诉类申请'],
  ['duplicate', '2.重复申请'],
  ['publications', '3.要求提供公开出版物'],
  ['excessive', '4.无正当理由大量反复申请'],
  ['confirmation', '5.要求行政机关确认或重新出具已获取信息'],
] as const;
const OTHER_HANDLING = [
  ['noCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['feeUnpaid', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['other', '3.其他'],
] as const;

function group<K extends string>(
  title: string,
  items: readonly (readonly [K, string])[],
  rows: Record<K, ApplicantRow>,
): OutlineRow[] {
  return items.map(([key, text], i) => [
    ...(i === 0 ? [label(title, 1, items.length)] : []),
    label(text),
    ...applicant(rows[key]),
  ]);
}

function requestsTable(report: Report): OutlineTable {
  const r = report.requests;
  const res = r.results;
  const otherHandling: OutlineRow[] =
    report.format === '2021'
      ? group('（六）其他处理', OTHER_HANDLING, report.requests.results.otherHandling)
      : [[label('（六）其他处理', 2), ...applicant(report.requests.results.otherHandling)]];
  const resultRows = 2 + 8 + 3 + 5 + otherHandling.length + 1;
  return {
    id: 'requests',
    headerRows: 3,
    rows: [
      [
        label('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3),
        label('申请人情况', 7),
      ],
      [label('自然人', 1, 2), label('法人或其他组织', 5), label('总计', 1, 2)],
      ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => label(t)),
      [label('一、本年新收政府信息公开申请数量', 3), ...applicant(r.newReceived)],
      [label('二、上年结转政府信息公开申请数量', 3), ...applicant(r.carriedOver)],
      [
        label('三、本年度办理结果', 1, resultRows),
        label('（一）予以公开', 2),
        ...applicant(res.granted),
      ],
      [
        label('（二）部分公开\n（区分处理的，只计这一情形，不计其他情形）', 2),
        ...applicant(res.partlyGranted),
      ],
      ...group('（三）不予公开', DENIED, res.denied),
      ...group('（四）无法提供', UNAVAILABLE, res.unavailable),
      ...group('（五）不予处理', NOT_PROCESSED, res.notProcessed),
      ...otherHandling,
      [label('（七）总计', 2), ...applicant(res.total)],
      [label('四、结转下年度继续办理', 3), ...applicant(r.carriedForward)],
    ],
  };
}

const REVIEW_KEYS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
const REVIEW_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

function reviewsTable(report: Report): OutlineTable {
  const v = report.reviews;
  const figures = (g: ReviewGroup): OutlineCell[] => REVIEW_KEYS.map((k) => figure(g[k]));
  return {
    id: 'reviews',
    headerRows: 3,
    rows: [
      [label('行政复议', 5), label('行政诉讼', 10)],
      [
        ...REVIEW_LABELS.map((t) => label(t, 1, 2)),
        label('未经复议直接起诉', 5),
        label('复议后起诉', 5),
      ],
      [...REVIEW_LABELS, ...REVIEW_LABELS].map((t) => label(t)),
      [
        ...figures(v.reconsideration),
        ...figures(v.litigationDirect),
        ...figures(v.litigationAfterReconsideration),
      ],
    ],
  };
}

const HEADINGS = {
  overview: '一、总体情况',
  active: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  reviews: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const;

/** "（一）聚焦元首外交，权威发布最新动态。发挥…" → its bold lead sentence and the rest. */
function paragraphBlock(text: string): OutlineBlock {
  const lead = /^[(（][一二三四五六七八九十]+[)）][^。]{2,40}。/u.exec(text)?.[0];
  return lead && lead.length < text.length
    ? { kind: 'paragraph', text, lead }
    : { kind: 'paragraph', text };
}

const paragraphs = (text: string | undefined): OutlineBlock[] =>
  (text ?? '')
    .split('\n')
    .filter((p) => p.trim() !== '')
    .map(paragraphBlock);

export interface OutlineOptions {
  /** Section 五's heading as printed (the 2020 seed: 五、存在的主要问题及工作设想). */
  readonly problemsHeading?: string;
  /** How 2019's 采购总金额 is written (default: with 万元, as 外交部 did). */
  readonly procurementAmount?: AmountStyle;
}

/** The report laid out as an office prints it. */
export function reportOutline(report: Report, options: OutlineOptions = {}): ReportOutline {
  const title = `${report.agency}政府信息公开工作${report.year}年度报告`;
  const n = report.narrative ?? {};
  const active =
    report.format === '2021'
      ? activeTable2021(report)
      : activeTable2019(report, options.procurementAmount ?? '万元');
  return {
    title,
    blocks: [
      { kind: 'title', text: title },
      ...paragraphs(n.preamble),
      { kind: 'heading', text: HEADINGS.overview },
      ...paragraphs(n.overview),
      { kind: 'heading', text: HEADINGS.active },
      { kind: 'table', table: active },
      { kind: 'heading', text: HEADINGS.requests },
      { kind: 'table', table: requestsTable(report) },
      { kind: 'heading', text: HEADINGS.reviews },
      { kind: 'table', table: reviewsTable(report) },
      { kind: 'heading', text: options.problemsHeading ?? HEADINGS.problems },
      ...paragraphs(n.problems),
      { kind: 'heading', text: HEADINGS.other },
      ...paragraphs(n.other),
    ],
  };
}

/** One position of a table's grid: the cell covering it and where that cell starts. */
export interface OutlineSlot {
  readonly cell: OutlineCell;
  readonly row: number;
  readonly column: number;
}

/** The table's full grid, spans expanded (as the HTML table model lays it out). */
export function outlineGrid(table: OutlineTable): OutlineSlot[][] {
  const grid: OutlineSlot[][] = table.rows.map(() => []);
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c]) c++;
      // A span past the table's last row stops there, as in browsers.
      for (let dr = 0; dr < (cell.rowSpan ?? 1) && r + dr < grid.length; dr++)
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++)
          grid[r + dr]![c + dc] = { cell, row: r, column: c };
      c += cell.colSpan ?? 1;
    }
  });
  return grid;
}
