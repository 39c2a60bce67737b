import { describe, expect, it } from 'vitest';
import { note, type ImportNoteParams, type Note, type NoteParams } from '../../notes/index.ts';
import { noteMessage, readNote } from './index.ts';

type ImportCode = keyof ImportNoteParams;

/** One sample of parameters per import code: the compiler insists on every code. */
const SAMPLES: { readonly [C in ImportCode]: NoteParams<C> } = {
  'import.format.labels': {
    format: '2021',
    evidence: ['行政规范性文件', '法人或其他组织'],
    other: { format: '2019', evidence: ['规范性文件'] },
    year: 2024,
    doubt: false,
  },
  'import.format.assumed': { format: '2021', year: 2024 },
  'import.format.year': { year: 2024, expected: '2021', printed: '2019' },
  'import.year.option': { year: 2024, option: 2023 },
  'import.year.text': { hasTitle: true, line: 3, year: 2024 },
  'import.year.fallback': { hasTitle: false, year: 2023 },
  'import.year.differs': { year: 2024, option: 2023 },
  'import.agency.option': { agency: '某市人民政府办公室', option: '某县人民政府' },
  'import.agency.missing': { from: 'title', title: '2024年政府信息公开工作年度报告' },
  'import.heading.missing': { heading: '四、政府信息公开行政复议、行政诉讼情况', kind: 'table' },
  'import.heading.variant': {
    line: 40,
    printed: '二、主动公开情况',
    expected: '二、主动公开政府信息情况',
  },
  'import.narrative.figures': { line: 12, text: '5 0 20', shape: 'figures' },
  'import.narrative.tooLong': { heading: '一、总体情况', limit: 20000 },
  'import.narrative.pageNumber': { lines: [30, 61] },
  'import.narrative.runningHeader': { lines: [2] },
  'import.narrative.webChrome': { lines: [120, 121] },
  'import.narrative.fragment': { lines: [44] },
  'import.text.beforeTitle': { count: 2, first: 1, last: 2 },
  'import.html.beforeTitle': { count: 3 },
  'import.html.outside': { count: 40 },
  'import.html.titleFromHead': { title: '某市人民政府2024年政府信息公开工作年度报告' },
  'import.docx.beforeTitle': { count: 2 },
  'import.table.missing': { table: 'reviews' },
  'import.table.blankCells': { count: 3, mark: '-' },
  'import.table.pageNumber': { line: 444, printed: '7' },
  'import.table.blankRow': { line: 50, label: '其他' },
  'import.table.unmatched': {
    line: 52,
    label: '其他主动公开文件',
    figures: '5 0 20',
    format: '2021',
  },
  'import.table.missingRow': { row: '（六）其他处理 2.重复申请' },
  'import.table.moved': { line: 20, heading: '一、总体情况', rows: ['行政许可'] },
  'import.label.missing': { line: 60, figures: '3 0 1', row: '行政处罚' },
  'import.label.weak': { line: 61, printed: '处罚', row: '行政处罚', percent: 48 },
  'import.label.variant': { line: 13, printed: '行政规范文件', row: '行政规范性文件' },
  'import.group.collapsed': {
    line: 80,
    group: '（六）其他处理',
    format: '2021',
    items: 3,
    figures: '4 0 1 0 0 0 5',
    target: '3.其他',
  },
  'import.rows.merged': { line: 81, endLine: 83, row: '（六）其他处理', count: 3, format: '2019' },
  'import.rows.oneLine': { line: 90, count: 2, rows: ['行政复议', '行政诉讼'] },
  'import.figure.continued': {
    line: 70,
    row: '行政强制',
    nextLine: 71,
    nextLabel: '行政事业性收费',
    figures: '2',
    other: '行政事业性收费',
  },
  'import.figure.blanksAfter': { line: 72, row: '行政许可', cells: 1, blanks: 2 },
  'import.figure.count': {
    line: 75,
    row: '一、本年新收政府信息公开申请数量',
    cells: 7,
    count: 8,
    figures: '40 3 0 0 9 1 0 44',
    fit: { how: 'dropped', dropped: '9' },
  },
  'import.figure.mergedZero': { row: '（六）其他处理 2.重复申请' },
  'import.figure.unreadable': {
    in: 'text',
    line: 76,
    printed: '三',
    label: '行政许可',
    problem: { kind: 'notANumber', text: '三' },
  },
  'import.figure.yuan': {
    line: 77,
    label: '采购总金额',
    printed: '73802895.90元',
    wan: 7380.28959,
  },
  'import.figure.placeholder': { line: 78, label: '行政强制', printed: '-' },
  'import.figure.unit': { line: 79, label: '采购总金额', printed: '7380.28', unit: '万元' },
  'import.totals.mismatch': {
    label: '（七）总计 总计',
    printed: 44,
    sum: 43,
    items: ['自然人', '商业企业'],
  },
  'import.json.schema': { reason: '年度应为 2008 至 2100 之间的整数' },
  'import.pdf.positionOrder': {},
  'import.pdf.rotatedText': { count: 2 },
  'import.pdf.missingCMap': { encodings: ['UniGB-UCS2-H'] },
  'import.xlsx.formulaError': { sheet: '表三', count: 7, errors: ['B5', 'B6', 'C5', 'C6', 'D5'] },
};

/** A sample note of each code. */
const samples = (Object.keys(SAMPLES) as ImportCode[]).map(
  (code) => note(code, 'warning', SAMPLES[code] as never) as Note,
);

const HAN = /\p{Script=Han}/u;
const GARBLED = /undefined|NaN|\[object|null/u;

describe('import note sentences', () => {
  it.each(samples.map((n) => [n.code, n] as const))('%s has a Chinese sentence', (_code, n) => {
    const sentence = noteMessage(n);
    expect(sentence).toMatch(HAN);
    expect(sentence).not.toMatch(GARBLED);
    expect(sentence).not.toContain('\n');
  });

  it('says each variant of a code in its own words', () => {
    const sentence = (n: Note): string => noteMessage(n);
    expect(
      new Set([
        sentence(note('import.agency.missing', 'warning', { from: 'title', title: '年度报告' })),
        sentence(note('import.agency.missing', 'warning', { from: 'noTitle' })),
        sentence(note('import.agency.missing', 'warning', { from: 'cover', sheet: '填报说明' })),
      ]).size,
    ).toBe(3);
    const about = { label: '行政许可（本年新制发件数）' };
    expect(
      sentence(
        note('import.figure.unreadable', 'error', {
          ...about,
          in: 'formula',
          sheet: '表二',
          address: 'C5',
          error: '#DIV/0!',
        }),
      ),
    ).toBe(
      '“表二”工作表 C5 格（行政许可（本年新制发件数））的公式出错（#DIV/0!），已按未填写处理，请在表格中改正',
    );
    expect(
      sentence(
        note('import.figure.count', 'warning', {
          line: 5,
          row: '二、上年结转政府信息公开申请数量',
          cells: 7,
          count: 6,
          figures: '2 0 0 0 0 2',
          fit: { how: 'first' },
        }),
      ),
    ).toBe(
      '第 5 行“二、上年结转政府信息公开申请数量”应有 7 个数字，读到 6 个（2 0 0 0 0 2）；已依次填入前 6 格，其余留空，请核对',
    );
    expect(
      sentence(
        note('import.xlsx.formulaError', 'error', {
          sheet: '表三',
          count: 2,
          errors: ['B5', 'B6'],
        }),
      ),
    ).not.toContain('等');
  });

  it('reads back every sample note as stored (JSON), and nothing that is not one', () => {
    for (const n of samples) expect(readNote(JSON.parse(JSON.stringify(n)))).toEqual(n);
    const stored = JSON.parse(JSON.stringify(samples[0]!)) as Record<string, unknown>;
    // Saved before notes had parameters: a message only.
    expect(
      readNote({
        code: 'import.table.pageNumber',
        severity: 'info',
        message: '第 4 行…',
        cells: [],
      }),
    ).toBeUndefined();
    expect(readNote({ ...stored, code: 'import.no.such' })).toBeUndefined();
    expect(readNote({ ...stored, severity: 'fatal' })).toBeUndefined();
    expect(readNote({ ...stored, cells: undefined })).toBeUndefined();
    expect(readNote({ ...stored, source: { line: 'x' } })).toBeUndefined();
    // Parameters missing or of the wrong kind: never a garbled sentence.
    expect(readNote(note('import.pdf.rotatedText', 'info', {} as never))).toBeUndefined();
    expect(
      readNote(note('import.table.pageNumber', 'info', { line: null, printed: '7' } as never)),
    ).toBeUndefined();
    expect(
      readNote(note('import.narrative.pageNumber', 'info', { lines: 3 } as never)),
    ).toBeUndefined();
    expect(readNote(note('import.agency.missing', 'info', { from: 'x' } as never))).toBeUndefined();
    expect(readNote({ ...stored, code: 'toString' })).toBeUndefined();
    expect(readNote(null)).toBeUndefined();
    expect(readNote('import.pdf.positionOrder')).toBeUndefined();
  });
});
