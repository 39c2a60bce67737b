/**
 * The two official formats as data, checked label by label against
 * shared/reference/official-format.md (§1.4–1.6 for 〔2021〕30号, §2.2–2.4 for 〔2019〕60号),
 * and structurally: every printed row fills the grid exactly, and the cell list and the layout
 * describe the same cells.
 */
import { describe, expect, it } from 'vitest';
import { fixtureJson, leafPaths, type FixtureName } from '../test-support/fixtures.ts';
import {
  allCells,
  cellLabel,
  findCell,
  FORMAT_IDS,
  formatForYear,
  getTemplate,
  TEMPLATES,
  type CellTemplate,
  type FormatId,
  type LayoutCell,
  type TableId,
  type TableTemplate,
} from './index.ts';

const TABLE_IDS: readonly TableId[] = ['active', 'requests', 'reviews'];
const FIXTURE_OF: Record<FormatId, FixtureName> = { '2021': 'mfa-2024', '2019': 'mfa-2020' };

/* ---------- a small, independent occupancy grid ---------- */

interface Slot {
  readonly cell: LayoutCell;
  /** Row and column of the merged cell's top-left corner. */
  readonly row: number;
  readonly column: number;
}

/**
 * Places the layout rows (HTML-style: spans on the anchor cell only) on a grid of
 * `columnCount` columns. Throws on an overlap, a cell sticking out to the right or below, or a
 * hole, naming the position — so a broken template fails with a readable message.
 */
function occupancy(table: TableTemplate): Slot[][] {
  const grid: (Slot | undefined)[][] = table.rows.map(() =>
    Array.from({ length: table.columnCount }, (): Slot | undefined => undefined),
  );
  table.rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (c < table.columnCount && grid[r]![c] !== undefined) c++;
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      expect(rowSpan, `${table.id} row ${r}: rowSpan`).toBeGreaterThanOrEqual(1);
      expect(colSpan, `${table.id} row ${r}: colSpan`).toBeGreaterThanOrEqual(1);
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const line = grid[r + dr];
          if (line === undefined)
            throw new Error(`${table.id}: a cell of row ${r} spans below the last row`);
          if (c + dc >= table.columnCount)
            throw new Error(
              `${table.id}: row ${r + dr} is wider than ${table.columnCount} columns`,
            );
          if (line[c + dc] !== undefined)
            throw new Error(`${table.id}: overlap at row ${r + dr}, column ${c + dc}`);
          line[c + dc] = { cell, row: r, column: c };
        }
      }
      c += colSpan;
    }
  });
  return grid.map((line, r) =>
    line.map((slot, c) => {
      if (slot === undefined) throw new Error(`${table.id}: row ${r} leaves column ${c} empty`);
      return slot;
    }),
  );
}

/** A printed cell in short form: its text (or =cell id) with |rN / |cN for its spans. */
function show(cell: LayoutCell): string {
  const body = cell.type === 'value' ? `=${cell.cell}` : cell.text;
  return `${body}${cell.rowSpan ? `|r${cell.rowSpan}` : ''}${cell.colSpan ? `|c${cell.colSpan}` : ''}`;
}
const showRows = (rows: readonly (readonly LayoutCell[])[]): string[][] =>
  rows.map((row) => row.map(show));
const textCells = (row: readonly LayoutCell[]): string[] =>
  row.filter((c) => c.type !== 'value').map(show);
const valueIds = (row: readonly LayoutCell[]): string[] =>
  row.flatMap((c) => (c.type === 'value' ? [c.cell] : []));

const APPLICANT_KEYS = [
  'naturalPerson',
  'commercial',
  'research',
  'publicInterest',
  'legalServices',
  'other',
  'total',
] as const;
const ORGANISATIONS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/* ---------- sections ---------- */

describe.each(FORMAT_IDS)('format %s: sections', (format) => {
  const template = getTemplate(format);

  it('has the six sections 一…六 with the official headings, in order', () => {
    expect(template.sections.map((s) => [s.number, s.heading])).toEqual([
      ['一', '一、总体情况'],
      ['二', '二、主动公开政府信息情况'],
      ['三', '三、收到和处理政府信息公开申请情况'],
      ['四', '四、政府信息公开行政复议、行政诉讼情况'],
      ['五', '五、存在的主要问题及改进情况'],
      ['六', '六、其他需要报告的事项'],
    ]);
  });

  it('puts the narrative in 一、五、六 and the three tables in 二、三、四', () => {
    expect(
      template.sections.map((s) =>
        s.kind === 'table' ? `table:${s.table}` : `narrative:${s.narrative}`,
      ),
    ).toEqual([
      'narrative:overview',
      'table:active',
      'table:requests',
      'table:reviews',
      'narrative:problems',
      'narrative:other',
    ]);
    expect(template.preamble.narrative).toBe('preamble');
  });

  it('is the template for exactly the years its circular covers', () => {
    const { from, to } = template.years;
    expect(formatForYear(from)).toBe(format);
    if (to !== undefined) {
      expect(formatForYear(to)).toBe(format);
      expect(formatForYear(to + 1)).not.toBe(format);
    }
    if (format === '2021') expect(formatForYear(from - 1)).toBe('2019');
  });
});

describe('format identity', () => {
  it('names the issuing circulars', () => {
    expect(TEMPLATES['2021'].document).toBe('国办公开办函〔2021〕30号');
    expect(TEMPLATES['2019'].document).toBe('国办公开办函〔2019〕60号');
    expect(FORMAT_IDS.map((f) => getTemplate(f).id)).toEqual(['2021', '2019']);
  });

  it('maps a year to its format: ≤ 2020 → 2019, ≥ 2021 → 2021', () => {
    expect([2008, 2019, 2020, 2021, 2024, 2025, 2100].map(formatForYear)).toEqual([
      '2019',
      '2019',
      '2019',
      '2021',
      '2021',
      '2021',
      '2021',
    ]);
  });
});

/* ---------- table 二 ---------- */

describe('table 二 (主动公开)', () => {
  it('2021: four blocks with the 〔2021〕30号 labels, exactly as printed', () => {
    expect(showRows(getTemplate('2021').tables.active.rows)).toEqual([
      ['第二十条第（一）项|c4'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      [
        '规章',
        '=active.regulations.issued',
        '=active.regulations.repealed',
        '=active.regulations.inForce',
      ],
      [
        '行政规范性文件',
        '=active.normativeDocuments.issued',
        '=active.normativeDocuments.repealed',
        '=active.normativeDocuments.inForce',
      ],
      ['第二十条第（五）项|c4'],
      ['信息内容', '本年处理决定数量|c3'],
      ['行政许可', '=active.licensing.decisions|c3'],
      ['第二十条第（六）项|c4'],
      ['信息内容', '本年处理决定数量|c3'],
      ['行政处罚', '=active.penalty.decisions|c3'],
      ['行政强制', '=active.coercion.decisions|c3'],
      ['第二十条第（八）项|c4'],
      ['信息内容', '本年收费金额（单位：万元）|c3'],
      ['行政事业性收费', '=active.fees.amount|c3'],
    ]);
  });

  it('2021 has no （九） block and no 其他对外管理服务事项 row', () => {
    const texts = getTemplate('2021').tables.active.rows.flatMap(textCells);
    expect(texts.some((t) => t.includes('第（九）项'))).toBe(false);
    expect(
      texts.some((t) => t.includes('其他对外管理服务事项') || t.includes('政府集中采购')),
    ).toBe(false);
    expect(texts).not.toContain('规范性文件');
  });

  it('2019: five blocks with the 〔2019〕60号 labels, exactly as printed', () => {
    expect(showRows(getTemplate('2019').tables.active.rows)).toEqual([
      ['第二十条第（一）项|c4'],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      [
        '规章',
        '=active.regulations.made',
        '=active.regulations.published',
        '=active.regulations.publicTotal',
      ],
      [
        '规范性文件',
        '=active.normativeDocuments.made',
        '=active.normativeDocuments.published',
        '=active.normativeDocuments.publicTotal',
      ],
      ['第二十条第（五）项|c4'],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      [
        '行政许可',
        '=active.licensing.previousItems',
        '=active.licensing.change',
        '=active.licensing.decisions',
      ],
      [
        '其他对外管理服务事项',
        '=active.otherServices.previousItems',
        '=active.otherServices.change',
        '=active.otherServices.decisions',
      ],
      ['第二十条第（六）项|c4'],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      [
        '行政处罚',
        '=active.penalty.previousItems',
        '=active.penalty.change',
        '=active.penalty.decisions',
      ],
      [
        '行政强制',
        '=active.coercion.previousItems',
        '=active.coercion.change',
        '=active.coercion.decisions',
      ],
      ['第二十条第（八）项|c4'],
      ['信息内容', '上一年项目数量', '本年增/减|c2'],
      ['行政事业性收费', '=active.fees.previousItems', '=active.fees.change|c2'],
      ['第二十条第（九）项|c4'],
      ['信息内容', '采购项目数量', '采购总金额|c2'],
      ['政府集中采购', '=active.procurement.projects', '=active.procurement.amount|c2'],
    ]);
  });

  it('gives each cell the kind and unit of its column', () => {
    const kinds = (format: FormatId) =>
      Object.fromEntries(
        getTemplate(format).tables.active.cells.map((c) => [c.id, `${c.kind} ${c.unit}`]),
      );
    const k2021 = kinds('2021');
    expect(k2021['active.fees.amount']).toBe('money 万元');
    expect(k2021['active.regulations.issued']).toBe('count 件');
    expect(
      Object.entries(k2021)
        .filter(([, k]) => k.startsWith('money'))
        .map(([id]) => id),
    ).toEqual(['active.fees.amount']);

    const k2019 = kinds('2019');
    expect(k2019['active.procurement.amount']).toBe('money 万元');
    expect(k2019['active.procurement.projects']).toMatch(/^count /);
    // "减用负值表示": only 本年增/减 may be negative.
    expect(
      Object.entries(k2019)
        .filter(([, k]) => k.startsWith('signed'))
        .map(([id]) => id),
    ).toEqual([
      'active.licensing.change',
      'active.otherServices.change',
      'active.penalty.change',
      'active.coercion.change',
      'active.fees.change',
    ]);
  });
});

/* ---------- table 三 ---------- */

/** The body rows of table 三: [label cells, row path], 2019 and 2021 differing only at （六）. */
function requestBody(format: FormatId): [string[], string][] {
  const denied = [
    '1.属于国家秘密',
    '2.其他法律行政法规禁止公开',
    '3.危及“三安全一稳定”',
    '4.保护第三方合法权益',
    '5.属于三类内部事务信息',
    '6.属于四类过程性信息',
    '7.属于行政执法案卷',
    '8.属于行政查询事项',
  ];
  const deniedKeys = [
    'stateSecret',
    'prohibitedByLaw',
    'threeSecurities',
    'thirdPartyRights',
    'internalAffairs',
    'processInformation',
    'enforcementFiles',
    'inquiryMatters',
  ];
  const unavailable = [
    '1.本机关不掌握相关政府信息',
    '2.没有现成信息需要另行制作',
    '3.补正后申请内容仍不明确',
  ];
  const unavailableKeys = ['notHeld', 'needsCreation', 'stillUnclear'];
  const notProcessed = [
    '1.信访举报投诉类申请',
    '2.重复申请',
    '3.要求提供公开出版物',
    '4.无正当理由大量反复申请',
    '5.要求行政机关确认或重新出具已获取信息',
  ];
  const notProcessedKeys = ['complaints', 'duplicate', 'publications', 'excessive', 'confirmation'];
  const group = (
    label: string,
    span: number,
    items: string[],
    base: string,
    keys: string[],
  ): [string[], string][] =>
    items.map((item, i) => [i === 0 ? [`${label}|r${span}`, item] : [item], `${base}.${keys[i]!}`]);

  const otherHandling: [string[], string][] =
    format === '2021'
      ? group(
          '（六）其他处理',
          3,
          [
            '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
            '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
            '3.其他',
          ],
          'requests.results.otherHandling',
          ['noCorrection', 'feeUnpaid', 'other'],
        )
      : [[['（六）其他处理|c2'], 'requests.results.otherHandling']];

  return [
    [['一、本年新收政府信息公开申请数量|c3'], 'requests.newReceived'],
    [['二、上年结转政府信息公开申请数量|c3'], 'requests.carriedOver'],
    [
      [`三、本年度办理结果|r${format === '2021' ? 22 : 20}`, '（一）予以公开|c2'],
      'requests.results.granted',
    ],
    [
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）|c2'],
      'requests.results.partlyGranted',
    ],
    ...group('（三）不予公开', 8, denied, 'requests.results.denied', deniedKeys),
    ...group('（四）无法提供', 3, unavailable, 'requests.results.unavailable', unavailableKeys),
    ...group('（五）不予处理', 5, notProcessed, 'requests.results.notProcessed', notProcessedKeys),
    ...otherHandling,
    [['（七）总计|c2'], 'requests.results.total'],
    [['四、结转下年度继续办理|c3'], 'requests.carriedForward'],
  ];
}

describe.each(FORMAT_IDS)('table 三 (依申请公开), format %s', (format) => {
  const table = getTemplate(format).tables.requests;

  it('has the printed three-row header: the 勾稽关系 note, 申请人情况, 自然人 / 法人或其他组织 / 总计, the five organisations', () => {
    expect(table.headerRowCount).toBe(3);
    expect(table.columnCount).toBe(10);
    expect(showRows(table.rows.slice(0, 3))).toEqual([
      [`${NOTE}|r3|c3`, '申请人情况|c7'],
      ['自然人|r2', '法人或其他组织|c5', '总计|r2'],
      ORGANISATIONS,
    ]);
    expect(table.rows[0]![0]!.type).toBe('note');
    expect(table.note).toBe(NOTE);
    expect(
      table.rows
        .slice(0, 3)
        .flat()
        .slice(1)
        .every((c) => c.type === 'header'),
    ).toBe(true);
  });

  it('has every body row label in the printed order, with the printed merges', () => {
    const body = table.rows.slice(table.headerRowCount);
    expect(body.map(textCells)).toEqual(requestBody(format).map(([labels]) => labels));
  });

  it('has the seven applicant columns in every body row, in header order', () => {
    const body = table.rows.slice(table.headerRowCount);
    expect(body.map(valueIds)).toEqual(
      requestBody(format).map(([, path]) => APPLICANT_KEYS.map((k) => `${path}.${k}`)),
    );
  });

  it('has （六）其他处理 split into three items only in 2021', () => {
    const labels = table.cells
      .filter((c) => c.id.startsWith('requests.results.otherHandling.'))
      .map((c) => `${c.rowGroup ?? ''}/${c.rowLabel}`);
    const distinct = [...new Set(labels)];
    if (format === '2021') {
      expect(distinct).toEqual([
        '（六）其他处理/1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        '（六）其他处理/2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        '（六）其他处理/3.其他',
      ]);
    } else {
      expect(distinct).toEqual(['三、本年度办理结果/（六）其他处理']);
    }
  });

  it('counts whole applications: every cell is a count in 件', () => {
    expect(new Set(table.cells.map((c) => `${c.kind} ${c.unit}`))).toEqual(new Set(['count 件']));
  });
});

/* ---------- table 四 ---------- */

describe.each(FORMAT_IDS)('table 四 (行政复议、行政诉讼), format %s', (format) => {
  const table = getTemplate(format).tables.reviews;

  it('has the printed header: 行政复议 over five outcomes, 行政诉讼 over 未经复议直接起诉 and 复议后起诉', () => {
    expect(table.headerRowCount).toBe(3);
    expect(table.columnCount).toBe(15);
    expect(showRows(table.rows.slice(0, 3))).toEqual([
      ['行政复议|c5', '行政诉讼|c10'],
      [...OUTCOMES.map((o) => `${o}|r2`), '未经复议直接起诉|c5', '复议后起诉|c5'],
      [...OUTCOMES, ...OUTCOMES],
    ]);
  });

  it('has one row of 15 figures', () => {
    expect(table.rows).toHaveLength(4);
    const keys = ['upheld', 'corrected', 'other', 'pending', 'total'];
    expect(valueIds(table.rows[3]!)).toEqual(
      ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'].flatMap((g) =>
        keys.map((k) => `reviews.${g}.${k}`),
      ),
    );
  });
});

describe('table 三 and 四 are printed identically in both formats apart from （六）', () => {
  it('has the same header rows and the same table 四', () => {
    const a = getTemplate('2021').tables;
    const b = getTemplate('2019').tables;
    expect(showRows(a.requests.rows.slice(0, 3))).toEqual(showRows(b.requests.rows.slice(0, 3)));
    expect(showRows(a.reviews.rows)).toEqual(showRows(b.reviews.rows));
  });
});

/* ---------- structure of every table ---------- */

const everyTable = FORMAT_IDS.flatMap((format) => TABLE_IDS.map((id) => [format, id] as const));

/** What the printed layout says a value cell is called: its row label, row group and column label. */
function printedNames(
  table: TableTemplate,
  grid: Slot[][],
  r: number,
  c: number,
): Pick<CellTemplate, 'rowLabel' | 'rowGroup' | 'columnLabel'> {
  const textAt = (slot: Slot | undefined): string | undefined =>
    slot && slot.cell.type !== 'value' ? slot.cell.text : undefined;
  if (table.id === 'active') {
    // Row label in column 0; column label in the nearest header row above that is not a block title; group = that block's title.
    let h = r - 1;
    while (
      h >= 0 &&
      !(grid[h]![c]!.cell.type === 'header' && grid[h]![c]!.cell.colSpan !== table.columnCount)
    )
      h--;
    let t = h;
    while (t >= 0 && grid[t]![0]!.cell.colSpan !== table.columnCount) t--;
    return {
      rowLabel: textAt(grid[r]![0])!,
      rowGroup: textAt(grid[t]?.[0]),
      columnLabel: textAt(grid[h]?.[c])!,
    };
  }
  // The distinct header cells above column c, bottom first.
  const headers = [
    ...new Set(grid.slice(0, table.headerRowCount).map((line) => line[c]!.cell)),
  ].reverse();
  const headerText = (i: number) =>
    headers[i] && headers[i].type !== 'value' ? headers[i].text : undefined;
  if (table.id === 'reviews')
    return { columnLabel: headerText(0)!, rowLabel: headerText(1)!, rowGroup: headerText(2) };
  // Table 三: the label cells left of the figures, rightmost first.
  const labels = [...new Set(grid[r]!.slice(0, 3).map((s) => s.cell))].reverse();
  const labelText = (i: number) =>
    labels[i] && labels[i].type !== 'value' ? labels[i].text : undefined;
  return { columnLabel: headerText(0)!, rowLabel: labelText(0)!, rowGroup: labelText(1) };
}

describe.each(everyTable)('format %s, table %s: structure', (format, tableId) => {
  const table = getTemplate(format).tables[tableId];

  it('fills the grid: every row covers exactly columnCount columns, with no overlap and no hole', () => {
    const grid = occupancy(table);
    expect(grid).toHaveLength(table.rows.length);
    for (const line of grid) expect(line).toHaveLength(table.columnCount);
  });

  it('lists every value cell of the layout exactly once in `cells`, in reading order, and no other', () => {
    const inLayout = table.rows.flatMap(valueIds);
    expect(new Set(inLayout).size).toBe(inLayout.length);
    expect(table.cells.map((c) => c.id)).toEqual(inLayout);
  });

  it('gives every cell the id prefix and table of its table', () => {
    for (const cell of table.cells) {
      expect(cell.table).toBe(tableId);
      expect(cell.id.startsWith(`${tableId}.`)).toBe(true);
    }
  });

  it('names each cell with the labels printed beside and above it', () => {
    const grid = occupancy(table);
    const names = new Map<string, ReturnType<typeof printedNames>>();
    grid.forEach((line, r) =>
      line.forEach((slot, c) => {
        if (slot.cell.type === 'value' && slot.row === r && slot.column === c)
          names.set(slot.cell.cell, printedNames(table, grid, r, c));
      }),
    );
    for (const cell of table.cells) {
      const printed = names.get(cell.id);
      expect({
        id: cell.id,
        rowLabel: cell.rowLabel,
        rowGroup: cell.rowGroup,
        columnLabel: cell.columnLabel,
      }).toEqual({ id: cell.id, ...printed });
    }
  });

  it('sums only cells that exist in the same table', () => {
    for (const cell of table.cells) {
      for (const id of cell.sumOf ?? []) {
        const item = findCell(getTemplate(format), id);
        expect(item, `${cell.id} sums ${id}`).toBeDefined();
        expect(item?.table).toBe(tableId);
      }
    }
  });
});

describe.each(FORMAT_IDS)('format %s: derived cells', (format) => {
  const template = getTemplate(format);
  const cells = allCells(template);
  const derived = cells.filter((c) => c.sumOf).map((c) => c.id);

  it('are exactly the 总计 column of 三, the （七）总计 row and the 总计 of each table 四 group', () => {
    const expected = cells
      .filter(
        (c) =>
          (c.table === 'requests' && (c.columnLabel === '总计' || c.rowLabel === '（七）总计')) ||
          (c.table === 'reviews' && c.columnLabel === '总计'),
      )
      .map((c) => c.id);
    expect(derived).toEqual(expected);
    expect(derived.filter((id) => id.startsWith('active.'))).toEqual([]);
    // 25 (2021) or 23 (2019) rows of 三 with a 总计, 6 more in （七）总计, 3 in 四.
    expect(derived).toHaveLength((format === '2021' ? 25 : 23) + 6 + 3);
  });

  it('sum along the row for the 总计 column and for table 四', () => {
    const row = template.tables.requests.cells.find((c) => c.id === 'requests.newReceived.total');
    expect(row?.sumOf).toEqual(APPLICANT_KEYS.slice(0, 6).map((k) => `requests.newReceived.${k}`));
    expect(findCell(template, 'requests.results.total.total')?.sumOf).toEqual(
      APPLICANT_KEYS.slice(0, 6).map((k) => `requests.results.total.${k}`),
    );
    for (const g of ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration']) {
      expect(findCell(template, `reviews.${g}.total`)?.sumOf).toEqual(
        ['upheld', 'corrected', 'other', 'pending'].map((k) => `reviews.${g}.${k}`),
      );
    }
  });

  it('sum every result row （一）…（六） down the column for （七）总计', () => {
    const resultRows = requestBody(format)
      .map(([, path]) => path)
      .filter((p) => p.startsWith('requests.results.') && p !== 'requests.results.total');
    expect(resultRows).toHaveLength(format === '2021' ? 21 : 19);
    expect(findCell(template, 'requests.results.total.naturalPerson')?.sumOf).toEqual(
      resultRows.map((p) => `${p}.naturalPerson`),
    );
    expect(findCell(template, 'requests.results.total.other')?.sumOf).toEqual(
      resultRows.map((p) => `${p}.other`),
    );
  });
});

/* ---------- cell ids against the published reports ---------- */

describe.each(FORMAT_IDS)('format %s: cell ids', (format) => {
  it(`equal the leaf paths of ${FIXTURE_OF[format]}.expected.json (active, requests, reviews)`, () => {
    const json = fixtureJson(FIXTURE_OF[format]);
    expect(json.format).toBe(format);
    const paths = TABLE_IDS.flatMap((t) => leafPaths(json[t], t));
    const ids = allCells(getTemplate(format)).map((c) => c.id);
    expect([...ids].sort()).toEqual([...paths].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists the cells of 二, 三, 四 in that order', () => {
    const ids = allCells(getTemplate(format)).map((c) => c.id.split('.')[0]);
    const firstOf = (t: string) => ids.indexOf(t);
    const lastOf = (t: string) => ids.lastIndexOf(t);
    expect(lastOf('active')).toBeLessThan(firstOf('requests'));
    expect(lastOf('requests')).toBeLessThan(firstOf('reviews'));
    expect(ids).toHaveLength(format === '2021' ? 10 + 25 * 7 + 15 : 22 + 23 * 7 + 15);
  });
});

describe('findCell and cellLabel', () => {
  it('find a cell by id and name it "<row label> <column label>"', () => {
    const t = getTemplate('2021');
    const cell = findCell(t, 'requests.results.denied.stateSecret.naturalPerson');
    expect(cell && cellLabel(cell)).toBe('1.属于国家秘密 自然人');
    expect(cell?.rowGroup).toBe('（三）不予公开');
    const fee = findCell(t, 'active.fees.amount');
    expect(fee && cellLabel(fee)).toBe('行政事业性收费 本年收费金额（单位：万元）');
    const review = findCell(t, 'reviews.litigationAfterReconsideration.pending');
    expect(review && cellLabel(review)).toBe('复议后起诉 尚未审结');
  });

  it('returns undefined for an id the format does not have', () => {
    expect(findCell(getTemplate('2021'), 'active.procurement.amount')).toBeUndefined();
    expect(
      findCell(getTemplate('2021'), 'requests.results.otherHandling.naturalPerson'),
    ).toBeUndefined();
    expect(
      findCell(getTemplate('2019'), 'requests.results.otherHandling.feeUnpaid.naturalPerson'),
    ).toBeUndefined();
    expect(findCell(getTemplate('2019'), 'requests.newReceived')).toBeUndefined();
  });
});
