import { describe, expect, it } from 'vitest';
import { textOf } from '../../../domain/test-support/note-text.ts';
import { APPLICANT_KEYS, getTemplate, type FormatId } from '../../../domain/index.ts';
import { toLines } from './normalise.ts';
import { readTables } from './read-tables.ts';
import { buildRecords } from './records.ts';

const linesOf = (text: string) => toLines(text).map((line) => ({ line }));
const read = (text: string, format: FormatId = '2021') =>
  readTables(getTemplate(format), linesOf(text));
const codes = (text: string, format: FormatId = '2021') =>
  read(text, format).findings.map((f) => f.code);

const ACTIVE_2021 = `第二十条第（一）项
信息内容 本年制发件数 本年废止件数 现行有效件数
规章 1 0 4
行政规范性文件 4 0 7
第二十条第（五）项
信息内容 本年处理决定数量
行政许可 0
第二十条第（六）项
信息内容 本年处理决定数量
行政处罚 3
行政强制 0
第二十条第（八）项
信息内容 本年收费金额（单位：万元）
行政事业性收费 5569.2092万元`;

describe('buildRecords', () => {
  it('joins a label broken over lines with the figures on the line after it', () => {
    const records = buildRecords(
      linesOf(
        '行政规范性\n\n文件\n4 0 7\n6.属于四类过程性 0 0 0\n 信息\n7.属于行政执法案\n卷\n0 0 0',
      ),
    );
    expect(records.map((r) => [r.printedLabel, r.figures.map((f) => f.printed).join(' ')])).toEqual(
      [
        ['行政规范性文件', '4 0 7'],
        ['6.属于四类过程性', '0 0 0'],
        ['信息7.属于行政执法案卷', '0 0 0'],
      ],
    );
  });

  it('marks a lone small number as a possible page number', () => {
    expect(buildRecords(linesOf('规章 1 0 4\n- 7 -')).map((r) => r.lone)).toEqual([false, true]);
  });
});

describe('readTables', () => {
  it('reads table 二 of the 2021 format', () => {
    const { values, uncertain, findings } = read(ACTIVE_2021);
    expect(values.get('active.normativeDocuments.inForce')).toBe(7);
    expect(values.get('active.penalty.decisions')).toBe(3);
    expect(values.get('active.fees.amount')).toBe(5569.2092);
    expect([...uncertain].filter((id) => id.startsWith('active.'))).toEqual([]);
    // table 三 and 四 are missing from this snippet
    expect(findings.filter((f) => f.code !== 'import.table.missingRow')).toEqual([]);
  });

  it('skips a page number and a running header inside a table', () => {
    const text = ACTIVE_2021.replace('行政处罚 3', '12\n行政处罚 3');
    const { values, findings } = read(text);
    expect(values.get('active.penalty.decisions')).toBe(3);
    expect(values.get('active.licensing.decisions')).toBe(0);
    expect(findings.map((f) => f.code)).toContain('import.table.pageNumber');
  });

  it('leaves out a local extra row with a warning', () => {
    const text = ACTIVE_2021.replace(
      '第二十条第（五）项',
      '其他主动公开文件 5 0 20\n第二十条第（五）项',
    );
    const { values, findings } = read(text);
    expect(values.get('active.licensing.decisions')).toBe(0);
    const unmatched = findings.find((f) => f.code === 'import.table.unmatched')!;
    expect(unmatched.params).toMatchObject({ label: '其他主动公开文件', figures: '5 0 20' });
    expect(textOf(unmatched)).toContain('其他主动公开文件');
    expect(unmatched.severity).toBe('warning');
  });

  it('puts （六）其他处理 printed as one row of a 2021 report into （六）3.其他 and flags the group', () => {
    const text =
      '（五）不予处理 5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0\n（六）其他处理 4 0 1 0 0 0 5\n（七）总计 4 0 1 0 0 0 5';
    const { values, uncertain, findings } = read(text);
    expect(values.get('requests.results.otherHandling.other.naturalPerson')).toBe(4);
    expect(values.get('requests.results.otherHandling.other.total')).toBe(5);
    expect(values.get('requests.results.otherHandling.noCorrection.naturalPerson')).toBeNull();
    expect(values.get('requests.results.otherHandling.feeUnpaid.total')).toBeNull();
    expect(values.get('requests.results.total.total')).toBe(5);
    expect(uncertain.has('requests.results.otherHandling.noCorrection.naturalPerson')).toBe(true);
    const collapsed = findings.find((f) => f.code === 'import.group.collapsed')!;
    expect(collapsed.severity).toBe('warning');
    expect(collapsed.params).toMatchObject({
      target: '3.其他',
      items: 3,
      figures: '4 0 1 0 0 0 5',
    });
    expect(collapsed.cells).toHaveLength(21);
  });

  it('adds up （六） printed in three rows for the 2019 format', () => {
    const text = `（五）不予处理 5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0
（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 1 0 0 0 0 0 1
2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0
3.其他 2 0 1 0 0 0 3
（七）总计 3 0 1 0 0 0 4`;
    const { values } = read(text, '2019');
    expect(values.get('requests.results.otherHandling.naturalPerson')).toBe(3);
    expect(values.get('requests.results.otherHandling.total')).toBe(4);
    expect(codes(text, '2019')).toContain('import.rows.merged');
  });

  it('flags a row with too few figures, and drops the one extra figure that breaks the row total', () => {
    const few = read('二、上年结转政府信息公开申请数量 2 0 0 0 0 2');
    expect(few.values.get('requests.carriedOver.other')).toBe(2);
    expect(few.values.get('requests.carriedOver.total')).toBeNull();
    expect(few.uncertain.has('requests.carriedOver.total')).toBe(true);

    const more = read('一、本年新收政府信息公开申请数量 40 3 0 0 9 1 0 44');
    expect(APPLICANT_KEYS.map((c) => more.values.get(`requests.newReceived.${c}`))).toEqual([
      40, 3, 0, 0, 1, 0, 44,
    ]);
    const count = more.findings.find((f) => f.code === 'import.figure.count');
    expect(count?.params).toMatchObject({
      cells: 7,
      count: 8,
      fit: { how: 'dropped', dropped: '9' },
    });
    expect(textOf(count)).toContain('去掉“9”后本行合计相符');
  });

  it('leaves out blank cells after all of a row’s figures (a figure spanning three columns)', () => {
    const spanned = read(ACTIVE_2021.replace('行政许可 0', '行政许可 0 - -'));
    expect(spanned.values.get('active.licensing.decisions')).toBe(0);
    expect(spanned.uncertain.has('active.licensing.decisions')).toBe(false);
    expect(spanned.findings.map((f) => f.code)).toContain('import.figure.blanksAfter');
  });

  it('does not take a later row’s figures to fill a row that is short, without a flag', () => {
    // A cell per line, the blank (zero) cells dropped: 规章 has two figures, not three.
    const reading = read(
      ACTIVE_2021.replace('规章 1 0 4\n行政规范性文件 4 0 7', '规章\n1\n4\n行政规范性文件\n4\n7'),
    );
    expect(reading.values.get('active.normativeDocuments.issued')).toBe(4);
    expect(reading.uncertain.has('active.regulations.inForce')).toBe(true);
    const missing = reading.findings.filter((f) => f.code === 'import.table.missingRow');
    expect(missing.flatMap((f) => f.cells ?? [])).not.toContain('active.normativeDocuments.issued');
  });

  it('reads table 四 from one line, from three labelled rows, or one figure per line', () => {
    const expected = [2, 1, 0, 0, 3, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0];
    const cells = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'].flatMap(
      (g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => `reviews.${g}.${o}`),
    );
    for (const text of [
      `行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计\n${expected.join(' ')}`,
      '行政复议 2 1 0 0 3\n未经复议直接起诉 1 0 0 1 2\n复议后起诉 0 0 0 0 0',
      // one figure per line, after the last row of table 三
      `四、结转下年度继续办理 0 0 0 0 0 0 0\n行政复议 行政诉讼\n${expected.join('\n')}`,
    ]) {
      const { values } = read(text);
      expect(cells.map((c) => values.get(c))).toEqual(expected);
    }
  });

  it('reads 32 万 and signed changes in the 2019 format', () => {
    const { values } = read(
      '信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 5 -2 7\n其他对外管理服务事项 1 0 32 万',
      '2019',
    );
    expect(values.get('active.licensing.change')).toBe(-2);
    expect(values.get('active.otherServices.decisions')).toBe(320000);
  });

  it('reports an unreadable figure as an error and leaves the cell empty', () => {
    const { values, findings } = read('行政许可 3.5');
    expect(values.get('active.licensing.decisions')).toBeNull();
    const unreadable = findings.find((f) => f.code === 'import.figure.unreadable');
    expect(unreadable).toMatchObject({
      severity: 'error',
      cells: ['active.licensing.decisions'],
      params: { in: 'text', line: 1, printed: '3.5', label: '行政许可 本年处理决定数量' },
    });
    expect(textOf(unreadable)).toMatch(/^第 1 行的“3\.5”不能作为“行政许可 本年处理决定数量”：/u);
  });
});
