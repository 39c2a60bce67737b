/** The sentences of the rollover notes (codes in src/domain/notes/codes/rollover-codes.ts). */
import { plainFigure as num } from '../../model/totals.ts';
import type { LabelledFigure, RolloverNoteParams } from '../../notes/codes/rollover-codes.ts';
import { getTemplate } from '../../templates/index.ts';
import type { FormatId } from '../../templates/template.types.ts';
import type { NoteWords } from './note-words.types.ts';

/** "自然人 3，商业企业 0" */
const figures = (list: readonly LabelledFigure[], unit = ''): string =>
  list.map((f) => `${f.label} ${num(f.value)}${unit}`).join('，');

/** The circular a format was issued by: 国办公开办函〔2021〕30号. */
const documentOf = (format: FormatId): string => getTemplate(format).document;

export const ROLLOVER_NOTE_WORDS: NoteWords<RolloverNoteParams> = {
  'rollover.carriedOver': (p) =>
    `“${p.row}”取自 ${p.lastYear} 年度报告的“${p.from}”：${figures(p.figures)}`,
  'rollover.carriedOver.incomplete': (p) =>
    p.all
      ? `${p.lastYear} 年度报告的“${p.from}”未填写，本年“${p.row}”留空，请按上年实际结转的申请数填写`
      : `${p.lastYear} 年度报告的“${p.from}”中${p.columns.join('、')}未填写，本年“${p.row}”的这些列留空，请按上年实际结转的申请数填写`,
  'rollover.year.gap': (p) =>
    `上年报告是 ${p.lastYear} 年度的，新草稿是 ${p.year} 年度：中间隔了 ${p.year - p.lastYear - 1} 个年度。“${p.row}”应取自 ${p.year - 1} 年度报告的“${p.from}”，现在取自 ${p.lastYear} 年度报告，跨年度核对也将与 ${p.lastYear} 年度比较；有 ${p.year - 1} 年度报告的，请改由它生成草稿`,
  'rollover.active.baseline': (p) =>
    `上年报告的${p.inForce}（${figures(p.figures, ' 件')}）作为本年核对的基数：本年${p.inForce}一般应等于上年${p.inForce}加${p.issued}减${p.repealed}`,
  'rollover.active.baselineMissing': (p) =>
    `上年报告的${p.cells.map((c) => `“${c}”`).join('、')}未填写，本年度无法按上年数核对这一行`,
  'rollover.active.notCarried': (p) => {
    const head = `表二（${p.heading}）未带入，也不与上年报告核对：`;
    const c = p.changed;
    return c
      ? `${head}上年使用${documentOf(p.lastFormat)}格式，${c.group}的栏目为“${c.lastColumns.join('、')}”，本年为“${c.columns.join('、')}”，含义不同（${c.publicTotal}不是${c.inForce}）；第二十条第（五）（六）（八）项的栏目也已改变，${c.procurementGroup}${c.procurement}已取消`
      : `${head}上年报告的格式（${documentOf(p.lastFormat)}）与本年（${documentOf(p.format)}）栏目不同`;
  },
  'rollover.active.baselineNeeded': (p) =>
    `上年报告没有“${p.inForce}”，本年度无法按上年数核对${p.inForce}和${p.repealed}。请先摸清本机关现行有效的${p.rows.join('和')}底数，据实填写本年“${p.inForce}”；下一年度起以它为基数核对`,
  'rollover.active.previousItems': (p) =>
    `表二（${p.heading}）的“${p.previousItems}”将与上年报告的“${p.previousItems}”加“${p.change}”核对`,
  'rollover.requests.otherHandling': (p) =>
    `表三（${p.heading}）一、二、四行和表四的含义两种格式相同，上年结转照常核对；“${p.split}”在${documentOf('2021')}格式中分为 3 项，${documentOf('2019')}格式中的“${p.single}”为单行，两者不能逐项比较`,
  'rollover.tables.empty': (p) =>
    `除“${p.row}”外，表二、表三、表四均为本年度的数据，未从上年带入，已留空待填写（没有的填 0）`,
  'rollover.reviews.pending': (p) =>
    `上年表四中尚未审结的案件：${figures(p.cases, ' 件')}。这些案件本年审结后如何计入本年表四，国家格式没有统一规定，请按本机关口径填写并前后一致`,
  'rollover.previous': (p) => {
    const checks = [`上年结转（表三“${p.row}”）`, p.column, '正文雷同', '与上年相比变化很大'];
    return `${p.lastYear} 年度报告已作为上年报告（previous）存入草稿，用于跨年度核对：${checks.filter((c) => c !== undefined).join('、')}；编辑时各单元格也显示上年数`;
  },
  'rollover.previous.chain': (p) =>
    `上年报告中所附的 ${p.year} 年度报告未保留（草稿只保留上一份报告）`,
  'rollover.narrative.copied': () =>
    '已复制上年报告的正文作为底稿。请逐段按本年度的实际工作改写：与上年几乎相同的部分会被“正文雷同”检查标出（内容雷同、敷衍塞责的可被追究责任）',
  'rollover.narrative.yearMentions': (p) =>
    `复制的正文中有 ${p.count} 处写着“${p.year}年”，请改为本年度的情况`,
  'rollover.narrative.formatChanged': (p) =>
    `上年正文按${documentOf(p.lastFormat)}格式撰写；本年“六、${p.heading}”还应报告信息处理费的收取情况等内容`,
  'rollover.narrative.nothingToCopy': () => '上年报告没有正文可复制，正文为空',
  'rollover.narrative.empty': () =>
    '正文为空，未复制上年正文（需要以上年正文为底稿时，可选择复制正文）',
  'rollover.acknowledgements': (p) =>
    `上年报告的 ${p.count} 条说明不带入本年草稿（仍随上年报告保存）`,
};
