/** The command line and Excel: `export --to xlsx`, `template`, and .xlsx files read by parse, check and aggregate. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, comparable, loadSeed, makeTempDir, seedPath } from './test-support.ts';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(() => temp.cleanup());

describe('xlsx on the command line', () => {
  it('exports a seed as .xlsx that parse reads back as the same report', async () => {
    for (const seed of ['mfa-2024', 'mfa-2020'] as const) {
      const out = path.join(temp.dir, `${seed}.xlsx`);
      const exported = await cli('export', seedPath(seed), '--to', 'xlsx', '-o', out);
      expect(exported.code).toBe(0);
      expect(exported.stderr).toContain('已导出 Excel 表格 xlsx');
      const bytes = await readFile(out);
      expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
      const parsed = await cli('parse', out);
      expect(parsed.code).toBe(0);
      expect(parsed.stderr).toBe('');
      expect(comparable(JSON.parse(parsed.stdout))).toEqual(comparable(await loadSeed(seed)));
    }
  }, 60_000);

  it('writes an empty template that check reads as an unfinished report of its year', async () => {
    const out = path.join(temp.dir, 'template.xlsx');
    const made = await cli('template', '--year', '2025', '--agency', '某某县教育局', '-o', out);
    expect(made.code).toBe(0);
    expect(made.stderr).toContain('2025 年度填报模板');
    const checked = await cli('check', out);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/^错误 cells\.complete 表二（主动公开）有 10 个单元格未填/mu);
  });

  it('refuses a template whose format does not fit the year', async () => {
    const run = await cli('template', '--year', '2020', '--format', '2021');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^xxgk：2020 年度的报告应使用 2019 格式/u);
  });

  it('aggregates .xlsx files with JSON ones', async () => {
    const xlsx = path.join(temp.dir, 'agg.xlsx');
    await cli('export', seedPath('mfa-2024'), '--to', 'xlsx', '-o', xlsx);
    const run = await cli('aggregate', xlsx, seedPath('mfa-2024'), '--agency', '测试汇总');
    const sum = JSON.parse(run.stdout) as { requests: { newReceived: { total: number } } };
    const seed = (await loadSeed('mfa-2024')) as { requests: { newReceived: { total: number } } };
    expect(sum.requests.newReceived.total).toBe(2 * seed.requests.newReceived.total);
  });

  it('says what an .xls is, and reads a renamed .xlsx by its bytes', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    [...'Workbook'].forEach((c, i) => (ole[512 + 2 * i] = c.charCodeAt(0)));
    const xls = await temp.write('old.xls', ole);
    const refused = await cli('parse', xls);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/旧版 Excel（\.xls）/u);
    const renamed = path.join(temp.dir, 'renamed.bin');
    await cli('export', seedPath('mfa-2020'), '--to', 'xlsx', '-o', renamed);
    expect((await cli('parse', renamed)).code).toBe(0);
  });
});
