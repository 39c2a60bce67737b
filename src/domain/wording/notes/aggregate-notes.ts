/** The sentences of the aggregate notes (codes in src/domain/notes/codes/aggregate-codes.ts). */
import type { AggregateNoteParams, SourceName } from '../../notes/codes/aggregate-codes.ts';
import { FORMAT_WORDS, TABLE_WORDS } from '../words.ts';
import type { NoteWords } from './note-words.types.ts';

/** How many reports a sentence names before it says "等 N 份". */
const NAMES_LISTED = 10;
/** How many empty cells a sentence names before it says "等 N 个". */
const CELLS_LISTED = 5;

/** A report as the 汇总 names it: "外交部", "甲.json（未填写单位）", "第 3 份报告（未填写单位）". */
export function sourceNameWord(name: SourceName): string {
  if (name.agency) return name.agency;
  return name.file !== undefined
    ? `${name.file}（未填写单位）`
    : `第 ${name.index + 1} 份报告（未填写单位）`;
}

/** "外交部、商务部、…… 等 15 份" */
function names(reports: readonly SourceName[]): string {
  const listed = reports.slice(0, NAMES_LISTED).map(sourceNameWord).join('、');
  return reports.length > NAMES_LISTED ? `${listed} 等 ${reports.length} 份` : listed;
}

/** "外交部（错误 3 项，其中统计表 1 项）" */
function withErrors(r: AggregateNoteParams['aggregate.sourceErrors']['reports'][number]): string {
  const where =
    r.inTables === r.errors
      ? '，都在统计表中'
      : r.inTables > 0
        ? `，其中统计表 ${r.inTables} 项`
        : '，不在统计表中';
  return `${sourceNameWord(r.report)}（错误 ${r.errors} 项${where}）`;
}

export const AGGREGATE_NOTE_WORDS: NoteWords<AggregateNoteParams> = {
  'aggregate.none': () => '没有选择要汇总的报告',
  'aggregate.years': (p) => {
    if (p.groups.length === 1)
      return `所选报告都是 ${p.groups[0]!.key} 年度，汇总报告却为 ${p.year} 年度：请核对汇总年度`;
    const byYear = p.groups
      .map((g) => `${g.key} 年度 ${g.reports.length} 份（${names(g.reports)}）`)
      .join('，');
    return `所选报告的年度不同：${byYear}。汇总报告为 ${p.year} 年度，不同年度的数字不应相加：请只选 ${p.year} 年度的报告`;
  },
  'aggregate.formats': (p) => {
    const byFormat = p.groups
      .map((g) => `${FORMAT_WORDS[g.key]} ${g.reports.length} 份（${names(g.reports)}）`)
      .join('，');
    return `所选报告使用的格式不同：${byFormat}。${p.year} 年度的汇总报告使用 ${FORMAT_WORDS[p.format]}：表三、表四照常相加，表二栏目不同，不能相加`;
  },
  'aggregate.activeNotSummed': (p) =>
    `${TABLE_WORDS.active}未汇总：${names(p.reports)}使用的格式与汇总报告不同，表二的栏目不同，不能逐格相加。汇总报告的表二留空，请根据各单位报告手工填写`,
  'aggregate.activeSum': (p) =>
    p.format === '2021'
      ? `${TABLE_WORDS.active}为各单位数字之和：“现行有效件数”是各单位现行有效件数相加（多个单位联合制发的文件会被重复计算，请核实）；“本年收费金额”按万元相加，保留 6 位小数`
      : `${TABLE_WORDS.active}为各单位数字之和：“上一年项目数量”“本年增/减”“处理决定数量”是各单位的事项数、办件量相加；“采购总金额”按万元相加，保留 6 位小数`,
  'aggregate.otherHandling': (p) =>
    p.format === '2019'
      ? `${names(p.reports)}按 2021 格式填报，其“${p.row}”的各细项已合计计入汇总报告的“${p.row}”`
      : `${names(p.reports)}按 2019 格式填报，“${p.group}”不分细项，已全部计入汇总报告的“${p.group} ${p.row}”；${p.items.map((i) => `“${i}”`).join('')}中不含这些报告的数字`,
  'aggregate.duplicate': (p) => {
    const places = p.places.map(({ report, inside }) =>
      inside
        ? `第 ${report.index + 1} 份（${sourceNameWord(report)}）中已含`
        : `第 ${report.index + 1} 份`,
    );
    return `${p.agency} ${p.year} 年度报告被计入 ${p.places.length} 次（${places.join('；')}），会重复相加：请只保留一份`;
  },
  'aggregate.unnamed': (p) =>
    `${names(p.reports)}没有填写单位名称，汇总报告的来源清单中无法写明是哪个单位`,
  'aggregate.sourceErrors': (p) => {
    const listed = p.reports.slice(0, NAMES_LISTED).map(withErrors).join('、');
    const more = p.reports.length > NAMES_LISTED ? ` 等 ${p.reports.length} 份` : '';
    const inherited = p.reports.some((r) => r.inTables > 0)
      ? '统计表中的错误会带入汇总结果，请先让这些单位改正'
      : '这些错误不在统计表中，不影响汇总的数字';
    return `${p.reports.length} 份报告还有错误：${listed}${more}。${inherited}`;
  },
  'aggregate.emptyCells': (p) => {
    const labels = p.empty.map((c) => (c.table ? `${TABLE_WORDS[c.table]} ${c.label}` : c.label));
    const listed = labels.slice(0, CELLS_LISTED).join('；');
    const more = labels.length > CELLS_LISTED ? ` 等 ${labels.length} 个` : '';
    return `${sourceNameWord(p.report)}（第 ${p.report.index + 1} 份）有 ${labels.length} 个单元格未填写：${listed}${more}。汇总报告中相应单元格也留空（未填的数字不能当作 0 相加），请该单位补齐后重新汇总`;
  },
  'aggregate.previous': () =>
    '汇总报告没有附上年报告：“二、上年结转”等跨年度核对应对照上一年度的汇总报告，请附上上年汇总报告后再检查',
};
