import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../../domain/index.ts';
import { tableRows } from './table-rows.ts';

describe('tableRows', () => {
  it('lists the printed value rows of the 2021 format with their labels and groups', () => {
    const { rows } = tableRows(getTemplate('2021'));
    expect(rows.map((r) => r.cells.length)).toEqual([
      3,
      3,
      1,
      1,
      1,
      1, // table 二
      ...new Array<number>(25).fill(7), // table 三
      15, // table 四: one printed row of 15 figures, no label
    ]);
    const first = rows.find((r) => r.own === '1.属于国家秘密')!;
    expect(first.labels).toEqual(['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密']);
    expect(first.group?.label).toBe('（三）不予公开');
    const other = rows.find((r) => r.own === '3.其他')!;
    expect(other.group).toMatchObject({ label: '（六）其他处理' });
    expect(rows[other.group!.catchAll!]).toBe(other);
    expect(rows.find((r) => r.own === '（一）予以公开')!.group).toBeUndefined();
    expect(rows.at(-1)!.own).toBe('');
  });

  it('has （六）其他处理 as a single row in the 2019 format', () => {
    const { rows } = tableRows(getTemplate('2019'));
    const six = rows.find((r) => r.own === '（六）其他处理')!;
    expect(six.group).toBeUndefined();
    expect(six.cells.map((c) => c.id)[0]).toBe('requests.results.otherHandling.naturalPerson');
    expect(rows.filter((r) => r.table === 'active').map((r) => r.own)).toEqual([
      '规章',
      '规范性文件',
      '行政许可',
      '其他对外管理服务事项',
      '行政处罚',
      '行政强制',
      '行政事业性收费',
      '政府集中采购',
    ]);
  });
});
