import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createEmptyReport,
  getCellValue,
  parseReportJson,
  setCellValue,
  withTotals,
  type Report,
} from '../model/index.ts';
import { getTemplate, type CellId } from '../templates/index.ts';
import { parseClipboardBlock } from './clipboard.ts';
import { tableGrid } from './grid-positions.ts';
import { effectiveChanges, pasteSummary, planPaste, type PastePlan } from './plan-paste.ts';

const SEEDS = path.resolve(process.cwd(), '../shared/fixtures/seeds');
function loadSeed(name: string): Report {
  const result = parseReportJson(readFileSync(path.join(SEEDS, name), 'utf8'));
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.report;
}

const requests = getTemplate('2021').tables.requests;
const active = getTemplate('2021').tables.active;
const reviews = getTemplate('2021').tables.reviews;
const R = 'requests';
const empty = createEmptyReport({ year: 2025, agency: '某某市教育局' });

/** The values of a plan, as { id: value }. */
const written = (plan: PastePlan) => Object.fromEntries(plan.changes.map((c) => [c.id, c.value]));

/**
 * Table 三 as a clerk copies it from a spreadsheet laid out like the printed form: the seven value
 * columns (总计 included) of every body row (（七）总计 included), tab-separated, \r\n line ends,
 * with the trailing newline Excel adds.
 */
function tableThreeTsv(
  report: Report,
  cellText: (id: CellId, value: number | null) => string = (_id, v) =>
    v === null ? '' : String(v),
): string {
  const grid = tableGrid(requests);
  const lines: string[] = [];
  for (let r = requests.headerRowCount; r < grid.slots.length; r++) {
    const cells: string[] = [];
    for (let c = 3; c < requests.columnCount; c++) {
      const slot = grid.slots[r]![c]!;
      if (slot.cell.type !== 'value') throw new Error('not a value column');
      cells.push(cellText(slot.cell.cell, getCellValue(report, slot.cell.cell) ?? null));
    }
    lines.push(cells.join('\t'));
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('planPaste: small blocks', () => {
  it('fills right and down from the focused cell over the grid positions', () => {
    const plan = planPaste(
      requests,
      `${R}.newReceived.research`,
      parseClipboardBlock('1\t2\r\n3\t4\r\n'),
      empty,
    );
    expect(written(plan)).toEqual({
      [`${R}.newReceived.research`]: 1,
      [`${R}.newReceived.publicInterest`]: 2,
      [`${R}.carriedOver.research`]: 3,
      [`${R}.carriedOver.publicInterest`]: 4,
    });
    expect(plan.problems).toEqual([]);
    expect(plan.comparisons).toEqual([]);
  });

  it('reads each text as typed input: full-width digits, separators, 万, spaces', () => {
    const plan = planPaste(
      requests,
      `${R}.newReceived.naturalPerson`,
      parseClipboardBlock('１２\t1,234\t2万\t 7 \r\n'),
      empty,
    );
    expect(plan.changes.map((c) => c.value)).toEqual([12, 1234, 20000, 7]);
    expect(plan.problems).toEqual([]);
  });

  it('writes an empty pasted cell as empty (null), as a spreadsheet paste clears the cell', () => {
    const report = setCellValue(empty, `${R}.newReceived.commercial`, 9);
    const plan = planPaste(
      requests,
      `${R}.newReceived.naturalPerson`,
      parseClipboardBlock('5\t\t6'),
      report,
    );
    expect(written(plan)).toEqual({
      [`${R}.newReceived.naturalPerson`]: 5,
      [`${R}.newReceived.commercial`]: null,
      [`${R}.newReceived.research`]: 6,
    });
  });

  it('reports what falls outside the grid, to the right and below, and writes the rest', () => {
    const plan = planPaste(
      requests,
      `${R}.carriedForward.legalServices`,
      parseClipboardBlock('1\t2\t3\t4\r\n5\t\t\t\r\n'),
      empty,
    );
    expect(written(plan)).toEqual({
      [`${R}.carriedForward.legalServices`]: 1,
      [`${R}.carriedForward.other`]: 2,
    });
    // 3 lands on the derived 总计 (compared), 4 is beyond the right edge, row 2 is below the last row
    expect(plan.comparisons).toMatchObject([
      { id: `${R}.carriedForward.total`, pasted: 3, computed: 3, matches: true },
    ]);
    expect(plan.problems).toEqual([
      '粘贴内容第 1 行第 4 列“4”超出表格范围，未粘贴',
      '粘贴内容第 2 行第 1 列“5”超出表格范围，未粘贴',
    ]);
  });

  it('ignores empty texts outside the grid (a block copied with trailing empty columns)', () => {
    const plan = planPaste(
      requests,
      `${R}.carriedForward.other`,
      parseClipboardBlock('1\t\t\t\r\n\t\r\n'),
      empty,
    );
    expect(plan.problems).toEqual([]);
    expect(written(plan)).toEqual({ [`${R}.carriedForward.other`]: 1 });
  });

  it('reports texts that do not fit their cell, naming the cell, and writes the rest', () => {
    const plan = planPaste(
      requests,
      `${R}.newReceived.naturalPerson`,
      parseClipboardBlock('abc\t-3\t2.5\t4'),
      empty,
    );
    expect(written(plan)).toEqual({ [`${R}.newReceived.publicInterest`]: 4 });
    expect(plan.problems).toHaveLength(3);
    expect(plan.problems[0]).toBe(
      '“一、本年新收政府信息公开申请数量 自然人”未粘贴（粘贴内容第 1 行第 1 列“abc”）：“abc”不是数字：请填写阿拉伯数字，没有的填 0',
    );
    expect(plan.problems[1]).toMatch(
      /商业企业”未粘贴（粘贴内容第 1 行第 2 列“-3”）：数量不能为负数/,
    );
    expect(plan.problems[2]).toMatch(/科研机构”未粘贴.*应为整数/);
  });

  it('compares a figure landing on a derived total with the total of the pasted row, and reports a mismatch', () => {
    const plan = planPaste(
      requests,
      `${R}.newReceived.naturalPerson`,
      parseClipboardBlock('80\t1\t1\t1\t0\t0\t84\r\n'),
      empty,
    );
    expect(plan.changes).toHaveLength(6);
    expect(plan.comparisons).toEqual([
      {
        id: `${R}.newReceived.total`,
        pasted: 84,
        computed: 83,
        matches: false,
        blockRow: 1,
        blockColumn: 7,
        message:
          '“一、本年新收政府信息公开申请数量 总计”（粘贴内容第 1 行第 7 列）：粘贴的 84 与计算的 83 不一致',
      },
    ]);
    expect(plan.problems).toEqual([]);
  });

  it('compares with the totals the paste gives together with the cells it does not cover', () => {
    const report = setCellValue(empty, `${R}.newReceived.other`, 10);
    const plan = planPaste(
      requests,
      `${R}.newReceived.legalServices`,
      parseClipboardBlock('5\t\t15'),
      report,
    );
    // `other` is cleared by the paste's empty cell: total = 5
    expect(plan.comparisons).toMatchObject([{ pasted: 15, computed: 5, matches: false }]);
  });

  it('reports a derived total left empty by the paste as “空”', () => {
    const plan = planPaste(requests, `${R}.newReceived.other`, parseClipboardBlock('\t3'), empty);
    expect(plan.comparisons[0]?.message).toMatch(/粘贴的 3 与计算的 空 不一致/);
  });

  it('reports text on a derived total that is not a figure', () => {
    const plan = planPaste(
      requests,
      `${R}.newReceived.other`,
      parseClipboardBlock('1\t合计'),
      empty,
    );
    expect(plan.problems).toEqual([
      '“一、本年新收政府信息公开申请数量 总计”是自动合计的格子，粘贴内容第 1 行第 2 列的“合计”无法比对：“合计”不是数字：请填写阿拉伯数字，没有的填 0',
    ]);
    expect(plan.comparisons).toEqual([]);
  });

  it('pasted at a derived cell, fills from its position', () => {
    const plan = planPaste(
      requests,
      `${R}.results.total.other`,
      parseClipboardBlock('9\t9\r\n4\t4'),
      empty,
    );
    expect(written(plan)).toEqual({ [`${R}.carriedForward.other`]: 4 });
    expect(plan.comparisons.map((c) => c.id)).toEqual([
      `${R}.results.total.other`,
      `${R}.results.total.total`,
      `${R}.carriedForward.total`,
    ]);
  });

  it('refuses an unknown start cell with a problem and no changes', () => {
    expect(planPaste(requests, 'requests.nothing', [['1']], empty)).toEqual({
      changes: [],
      comparisons: [],
      problems: ['表格中没有单元格 requests.nothing，未粘贴'],
    });
  });

  it('reports a column landing on labels and headers (table 二: the next block’s title and header rows)', () => {
    const plan = planPaste(
      active,
      'active.normativeDocuments.issued',
      parseClipboardBlock('4\r\n第二十条第（五）项\r\n\r\n3\r\n'),
      empty,
    );
    expect(written(plan)).toEqual({
      'active.normativeDocuments.issued': 4,
      'active.licensing.decisions': 3,
    });
    expect(plan.problems).toEqual([
      '粘贴内容第 2 行第 1 列“第二十条第（五）项”落在标签“第二十条第（五）项”上，不是填数的格子，未粘贴',
    ]);
  });

  it('takes a merged cell’s value from its anchor and reports a text inside the merge (table 二: 收费金额)', () => {
    const ok = planPaste(
      active,
      'active.fees.amount',
      parseClipboardBlock('5569.2092\t\t\r\n'),
      empty,
    );
    expect(written(ok)).toEqual({ 'active.fees.amount': 5569.2092 });
    expect(ok.problems).toEqual([]);
    const bad = planPaste(active, 'active.fees.amount', parseClipboardBlock('1\t2'), empty);
    expect(bad.problems).toEqual([
      '粘贴内容第 1 行第 2 列“2”落在合并单元格“行政事业性收费 本年收费金额（单位：万元）”的中间，未粘贴',
    ]);
    expect(planPaste(active, 'active.fees.amount', [['1.5万']], empty).changes).toEqual([
      { id: 'active.fees.amount', value: 1.5 },
    ]);
  });

  it('pastes a row of table 四 over its three groups and compares the three 总计', () => {
    const plan = planPaste(
      reviews,
      'reviews.reconsideration.upheld',
      parseClipboardBlock('1\t2\t3\t4\t10\t0\t0\t1\t0\t1\t1\t1\t1\t1\t5\r\n'),
      empty,
    );
    expect(plan.changes).toHaveLength(12);
    expect(plan.comparisons.map((c) => [c.id, c.matches])).toEqual([
      ['reviews.reconsideration.total', true],
      ['reviews.litigationDirect.total', true],
      ['reviews.litigationAfterReconsideration.total', false],
    ]);
  });
});

describe('planPaste: the whole of table 三 as copied from a spreadsheet laid out like the form', () => {
  const seed = loadSeed('mfa-2024.expected.json');
  const tsv = tableThreeTsv(seed);

  it('has 25 rows of 7 columns, the 总计 column and the （七）总计 row included', () => {
    const block = parseClipboardBlock(tsv);
    expect(block).toHaveLength(25);
    expect(block.every((row) => row.length === 7)).toBe(true);
    expect(block[0]).toEqual(['82', '0', '0', '0', '0', '0', '82']);
    expect(block[23]).toEqual(['80', '0', '0', '0', '0', '0', '80']); // （七）总计
  });

  it('pasted at the first entered cell of an empty draft, puts every figure in its cell and checks every total', () => {
    const plan = planPaste(
      requests,
      `${R}.newReceived.naturalPerson`,
      parseClipboardBlock(tsv),
      empty,
    );
    expect(plan.problems).toEqual([]);
    const entered = requests.cells.filter((c) => !c.sumOf);
    expect(plan.changes).toHaveLength(entered.length);
    for (const cell of entered)
      expect([cell.id, written(plan)[cell.id]]).toEqual([cell.id, getCellValue(seed, cell.id)]);
    // 25 row totals + the 6 （七）总计 columns
    expect(plan.comparisons).toHaveLength(31);
    expect(plan.comparisons.filter((c) => !c.matches)).toEqual([]);
    // and the resulting report equals the seed's tables
    const after = withTotals(
      plan.changes.reduce<Report>((r, ch) => setCellValue(r, ch.id, ch.value), empty),
    );
    for (const cell of requests.cells)
      expect([cell.id, getCellValue(after, cell.id)]).toEqual([
        cell.id,
        getCellValue(seed, cell.id),
      ]);
    expect(effectiveChanges(plan.changes, empty)).toHaveLength(entered.length);
    expect(effectiveChanges(plan.changes, seed)).toEqual([]);
  });

  it('with zeros copied as empty cells, \\n line ends and no trailing newline: same figures, zeros left empty', () => {
    const sparse = tableThreeTsv(seed, (_id, v) => (v === 0 || v === null ? '' : String(v)))
      .replaceAll('\r\n', '\n')
      .replace(/\n$/, '');
    const plan = planPaste(
      requests,
      `${R}.newReceived.naturalPerson`,
      parseClipboardBlock(sparse),
      empty,
    );
    expect(plan.problems).toEqual([]);
    for (const ch of plan.changes)
      expect(ch.value).toBe(getCellValue(seed, ch.id) === 0 ? null : getCellValue(seed, ch.id));
    // only the non-empty totals are compared
    expect(plan.comparisons.every((c) => c.matches)).toBe(true);
    expect(plan.comparisons.length).toBeGreaterThan(0);
  });

  it('reports each total that does not tie, naming the cell and both figures', () => {
    const wrong = tableThreeTsv(seed, (id, v) =>
      id === `${R}.results.total.naturalPerson`
        ? '81'
        : id === `${R}.newReceived.total`
          ? '83'
          : String(v),
    );
    const plan = planPaste(
      requests,
      `${R}.newReceived.naturalPerson`,
      parseClipboardBlock(wrong),
      empty,
    );
    expect(plan.comparisons.filter((c) => !c.matches).map((c) => c.message)).toEqual([
      '“一、本年新收政府信息公开申请数量 总计”（粘贴内容第 1 行第 7 列）：粘贴的 83 与计算的 82 不一致',
      '“（七）总计 自然人”（粘贴内容第 24 行第 1 列）：粘贴的 81 与计算的 80 不一致',
    ]);
    // the entered figures are still written
    expect(written(plan)[`${R}.newReceived.naturalPerson`]).toBe(82);
  });

  it('pasted one cell too far right, reports the column that falls off the table', () => {
    const plan = planPaste(
      requests,
      `${R}.newReceived.commercial`,
      parseClipboardBlock(tsv),
      empty,
    );
    // every row's last figure (its 总计) falls off the right edge; its 其他 lands on the 总计 and is compared
    expect(plan.problems.filter((p) => p.includes('超出表格范围'))).toHaveLength(25);
    expect(plan.problems).toHaveLength(25);
    expect(plan.comparisons.find((c) => c.id === `${R}.newReceived.total`)).toMatchObject({
      pasted: 0,
      matches: false,
    });
  });

  it('the 2019 format (（六）其他处理 one row): the 2020 seed pasted whole lands in its cells', () => {
    const seed2020 = loadSeed('mfa-2020.expected.json');
    const t = getTemplate('2019').tables.requests;
    const grid = tableGrid(t);
    const lines: string[] = [];
    for (let r = t.headerRowCount; r < grid.slots.length; r++) {
      const line: string[] = [];
      for (let c = 3; c < t.columnCount; c++) {
        const slot = grid.slots[r]![c]!;
        if (slot.cell.type === 'value') line.push(String(getCellValue(seed2020, slot.cell.cell)));
      }
      lines.push(line.join('\t'));
    }
    const plan = planPaste(
      t,
      `${R}.newReceived.naturalPerson`,
      parseClipboardBlock(`${lines.join('\r\n')}\r\n`),
      createEmptyReport({ year: 2020, agency: 'x' }),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.comparisons.every((c) => c.matches)).toBe(true);
    for (const ch of plan.changes) expect(ch.value).toBe(getCellValue(seed2020, ch.id));
  });
});

describe('pasteSummary', () => {
  it('counts the written cells, the totals that tie, and spells out every mismatch and problem', () => {
    const plan = planPaste(
      requests,
      `${R}.newReceived.naturalPerson`,
      parseClipboardBlock('80\t1\t1\t1\t0\t0\t84\r\n1\t0\t0\t0\t0\t0\t1\r\nx\r\n'),
      empty,
    );
    expect(pasteSummary(plan, 12)).toBe(
      '已粘贴 12 格。1 个合计与计算结果一致。1 个合计与计算结果不一致（合计不会被粘贴覆盖，以计算结果为准）：' +
        '“一、本年新收政府信息公开申请数量 总计”（粘贴内容第 1 行第 7 列）：粘贴的 84 与计算的 83 不一致。' +
        '1 项未粘贴：“（一）予以公开 自然人”未粘贴（粘贴内容第 3 行第 1 列“x”）：“x”不是数字：请填写阿拉伯数字，没有的填 0。',
    );
  });

  it('says when nothing was written, and when some pasted values were already there', () => {
    expect(pasteSummary({ changes: [], comparisons: [], problems: ['p'] }, 0)).toBe(
      '没有粘贴任何数值。1 项未粘贴：p。',
    );
    expect(
      pasteSummary(
        {
          changes: [
            { id: 'a', value: 1 },
            { id: 'b', value: 2 },
          ],
          comparisons: [],
          problems: [],
        },
        1,
      ),
    ).toBe('已粘贴 2 格（其中 1 格有变化）。');
  });
});
