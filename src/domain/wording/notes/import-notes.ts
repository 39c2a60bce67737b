/** The sentences of the import notes (codes in src/domain/notes/codes/import-codes.ts). */
import { plainFigure as num } from '../../model/totals.ts';
import type { FigureFit, ImportNoteParams, UnreadableFigure } from '../../notes/index.ts';
import { getTemplate } from '../../templates/index.ts';
import type { FormatId } from '../../templates/template.types.ts';
import { TABLE_WORDS } from '../words.ts';
import { XLSX_WORDS } from '../xlsx.ts';
import type { NoteWords } from './note-words.types.ts';
import { cellInputProblemWord } from '../input.ts';

/** “a”、“b”: printed texts quoted one by one. */
const quoted = (texts: readonly string[]): string => texts.map((t) => `“${t}”`).join('、');

/** "2021 年格式（《…》）". */
const formatWords = (format: FormatId): string =>
  `${format} 年格式（${getTemplate(format).document}）`;

/** Where the narrative's part is: its heading, or the text before 一. */
const partWords = (heading: string | undefined): string => heading ?? '开头';

const noTitleWords = (hasTitle: boolean): string =>
  hasTitle ? '标题中没有年份' : '没有找到报告标题';

const removedWords = (what: string) => (p: { readonly lines: readonly number[] }) =>
  `正文中第 ${p.lines.join('、')} 行是${what}，已去掉`;

/** How a row's figures were fitted to its cells. */
function fitWords(fit: FigureFit, count: number, cells: number): string {
  switch (fit.how) {
    case 'first':
      return `已依次填入前 ${count} 格，其余留空`;
    case 'dropped':
      return `去掉“${fit.dropped}”后本行合计相符，已去掉它`;
    case 'cut':
      return `已取前 ${cells} 个，舍去“${fit.cut}”`;
  }
}

function unreadableWords(p: UnreadableFigure & { readonly label: string }): string {
  switch (p.in) {
    case 'text':
      return `第 ${p.line} 行的“${p.printed}”不能作为“${p.label}”：${cellInputProblemWord(p.problem)}`;
    case 'sheet':
      return `“${p.sheet}”工作表 ${p.address} 格（${p.label}）填的是“${p.printed}”：${cellInputProblemWord(p.problem)}；已按未填写处理`;
    case 'formula':
      return `“${p.sheet}”工作表 ${p.address} 格（${p.label}）的公式出错（${p.error}），已按未填写处理，请在表格中改正`;
  }
}

export const IMPORT_NOTE_WORDS: NoteWords<ImportNoteParams> = {
  'import.format.labels': (p) =>
    `表格按 ${formatWords(p.format)}读取：印有${quoted(p.evidence)}${
      p.other
        ? `；也有 ${p.other.format} 年格式的栏目${quoted(p.other.evidence)}${
            p.doubt ? '，请核对' : `，按报告年度 ${p.year} 读作 ${p.format} 年格式`
          }`
        : ''
    }`,
  'import.format.assumed': (p) =>
    `表格栏目不足以判断格式，按${p.year === undefined ? '默认' : `报告年度 ${p.year}`}采用 ${formatWords(p.format)}，请核对`,
  'import.format.year': (p) =>
    `${p.year} 年度报告应使用 ${p.expected} 年格式，但表格印的是 ${p.printed} 年格式；已按印出的格式读取`,
  'import.year.option': (p) => `标题写的是 ${p.year} 年度，按标题读取（而不是指定的 ${p.option}）`,
  'import.year.text': (p) =>
    `${noTitleWords(p.hasTitle)}，按第 ${p.line} 行的“${p.year}年”读作 ${p.year} 年度，请核对`,
  'import.year.fallback': (p) =>
    `${noTitleWords(p.hasTitle)}，开头也没有写明年份：暂按 ${p.year} 年度读取，请核对`,
  'import.year.differs': (p) =>
    `表格是 ${p.year} 年度的模板，不是 ${p.option} 年度的；已按表格中的 ${p.year} 年度读入，请核对`,
  'import.agency.option': (p) =>
    `报告写的机关是“${p.agency}”，按报告读取（而不是指定的“${p.option}”）`,
  'import.agency.missing': (p) => {
    switch (p.from) {
      case 'title':
        return `没有从标题“${p.title}”中识别出机关名称，请补填`;
      case 'noTitle':
        return '没有找到报告标题，未识别出机关名称，请补填';
      case 'cover':
        return `“${p.sheet}”工作表的“${XLSX_WORDS.agency}”没有填写，请补填机关名称`;
    }
  },

  'import.heading.missing': (p) =>
    `没有找到“${p.heading}”这一标题${p.kind === 'table' ? '，表格按内容查找' : '，这一部分的正文可能未能读出'}`,
  'import.heading.variant': (p) => `第 ${p.line} 行“${p.printed}”识别为“${p.expected}”`,
  'import.narrative.figures': (p) =>
    `第 ${p.line} 行（在“${partWords(p.heading)}”中）“${p.text}”${p.shape === 'figures' ? '只有数字，不像正文' : '是表格的一行'}，但没有对应到表格，已从正文中去掉，请核对`,
  'import.narrative.tooLong': (p) =>
    `“${partWords(p.heading)}”的正文超过 ${p.limit} 字，只读入了前 ${p.limit} 字，请核对`,
  'import.narrative.pageNumber': removedWords('页码'),
  'import.narrative.runningHeader': removedWords('页眉页脚（重复的标题）'),
  'import.narrative.webChrome': removedWords(
    '网页上报告以外的内容（发布信息、打印/关闭、网站页脚等）',
  ),
  'import.narrative.fragment': removedWords('散落的表格表头文字'),
  'import.text.beforeTitle': (p) =>
    `标题前的 ${p.count} 行（第 ${p.first}–${p.last} 行）不属于报告正文，未读入`,
  'import.html.beforeTitle': (p) => `标题之前的 ${p.count} 行不属于报告正文，未读入`,
  'import.html.outside': (p) =>
    `网页中报告正文以外的 ${p.count} 行（网站的导航、栏目、页脚等）未读入`,
  'import.html.titleFromHead': (p) => `正文中没有印出标题，标题取自网页的标题栏：“${p.title}”`,
  'import.docx.beforeTitle': (p) => `标题之前的 ${p.count} 段文字不属于报告正文，未读入`,

  'import.table.missing': (p) => `没有找到“${TABLE_WORDS[p.table]}”工作表，这张表未读入`,
  'import.table.blankCells': (p) =>
    `表格中有 ${p.count} 个应填数字的单元格是空白的，已按未填写处理（在读出的文字中记为“${p.mark}”），请核对`,
  'import.table.pageNumber': (p) => `第 ${p.line} 行单独的“${p.printed}”看作页码，未读入表格`,
  'import.table.blankRow': (p) =>
    `第 ${p.line} 行${p.label ? `“${p.label}”后` : ''}只有空白单元格，没有对应到表格的任何一行，未读入`,
  'import.table.unmatched': (p) =>
    `第 ${p.line} 行${p.label ? `“${p.label}”后` : ''}的数字“${p.figures}”没有对应到${p.format}年格式表格的任何一行（可能是地方增加的行或多余的内容），未读入`,
  'import.table.missingRow': (p) => `没有找到“${p.row}”的数字，这一行留空，请补填`,
  'import.table.moved': (p) =>
    `第 ${p.line} 行（在“${p.heading}”中）是表格的内容，已作为“${p.rows.join('、')}”读入，并从正文中去掉`,
  'import.label.missing': (p) =>
    `第 ${p.line} 行的数字“${p.figures}”前没有栏目名称，按顺序读作“${p.row}”，请核对`,
  'import.label.weak': (p) =>
    `第 ${p.line} 行“${p.printed}”与“${p.row}”不太一致（相似度 ${p.percent}%），按顺序读作这一行，请核对`,
  'import.label.variant': (p) => `第 ${p.line} 行“${p.printed}”识别为“${p.row}”`,
  'import.group.collapsed': (p) =>
    p.target === undefined
      ? `第 ${p.line} 行“${p.group}”只印了一行合计（${p.figures}），无法分到其下 ${p.items} 项，未读入，请补填`
      : `第 ${p.line} 行“${p.group}”只印了一行，而${p.format}年格式分为 ${p.items} 项；数字已填入“${p.target}”，其余各项无法得知、留空，请核对`,
  'import.rows.merged': (p) =>
    `第 ${p.line}–${p.endLine} 行把“${p.row}”分成 ${p.count} 行印出，${p.format}年格式只有一行，已按列相加，请核对`,
  'import.rows.oneLine': (p) => `第 ${p.line} 行的 ${p.count} 个数字依次读作${quoted(p.rows)}`,

  'import.figure.continued': (p) =>
    `第 ${p.line} 行“${p.row}”的数字不够，接着读了第 ${p.nextLine} 行“${p.nextLabel}”后的“${p.figures}”${p.other === undefined ? '' : `，而那一行印的像是“${p.other}”`}，请核对`,
  'import.figure.blanksAfter': (p) =>
    `第 ${p.line} 行“${p.row}”的 ${p.cells} 个数字之后还有 ${p.blanks} 个空白单元格，不是数字，未读入`,
  'import.figure.count': (p) =>
    `第 ${p.line} 行“${p.row}”应有 ${p.cells} 个数字，读到 ${p.count} 个（${p.figures}）；${fitWords(p.fit, p.count, p.cells)}，请核对`,
  'import.figure.mergedZero': (p) => `“${p.row}”没有单独印出数字，与上一行合并的 0 按 0 读入`,
  'import.figure.unreadable': unreadableWords,
  'import.figure.yuan': (p) =>
    `第 ${p.line} 行“${p.label}”：原文为“${p.printed}”，单位是元，已换算为 ${num(p.wan)} 万元`,
  'import.figure.placeholder': (p) =>
    `第 ${p.line} 行“${p.label}”：原文为“${p.printed}”，按未填写处理，请核对`,
  'import.figure.unit': (p) =>
    `第 ${p.line} 行“${p.label}”：原文“${p.printed}”没有写单位，表头也没有印单位，已按${p.unit}读入；如果原文指的是元，应除以 10000，请核对`,
  'import.totals.mismatch': (p) =>
    `“${p.label}”印的是 ${num(p.printed)}，而分项之和为 ${num(p.sum)}（${p.items.join('、')}）；已按印出的数字读入，请核对`,

  'import.json.schema': (p) => p.reason,
  'import.pdf.positionOrder': () =>
    '这个 PDF 中文字的存储顺序与阅读顺序不同，已按文字在页面上的位置重新排列后识别，请核对表格',
  'import.pdf.rotatedText': (p) =>
    `PDF 中有 ${p.count} 处竖排或旋转的文字（如竖排的表头、印章），未读入`,
  'import.pdf.missingCMap': (p) =>
    `PDF 使用了未嵌入的字体（编码 ${p.encodings.join('、')}），其中的文字可能没有读出，请核对`,
  'import.xlsx.formulaError': (p) =>
    `“${p.sheet}”工作表中有 ${p.count} 个公式出错：${p.errors.join('、')}${p.count > p.errors.length ? ' 等' : ''}；这些格已按未填写处理，请在表格中改正`,
};
