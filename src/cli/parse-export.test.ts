import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, getPath, linesOf, loadSeed, makeTempDir, seedPath, setPath } from './test-support.ts';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(() => temp.cleanup());

describe('parse', () => {
  it.each(['mfa-2024', 'mfa-2020'] as const)(
    'prints the %s fixture exactly, pretty with 2 spaces, nothing on stderr',
    async (name) => {
      const run = await cli('parse', seedPath(name));
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual(await loadSeed(name));
      expect(run.stdout).toMatch(/^\{\n {2}"schema": "xxgk-nianbao\/report@1",\n/);
      expect(run.stdout.endsWith('}\n')).toBe(true);
    },
  );

  it('names imported.totals on stderr for a wrong printed total, and prints the recomputed total', async () => {
    const report = setPath(await loadSeed('mfa-2024'), 'requests.newReceived.total', 90);
    const run = await cli('parse', await temp.write('wrong-total.json', report));
    expect(run.code).toBe(0);
    const stderr = linesOf(run.stderr);
    expect(stderr[0]).toMatch(
      /^错误 imported\.totals 一、本年新收政府信息公开申请数量 总计：文件中为 90，分项之和为 82$/,
    );
    expect(stderr.at(-1)).toContain('输出中的总计已按分项重新计算');
    const parsed: unknown = JSON.parse(run.stdout);
    expect(getPath(parsed, 'requests.newReceived.total')).toBe(82);
    expect(parsed).toEqual(await loadSeed('mfa-2024'));
  });

  it('fills in totals a file leaves out (the schema reads them as null, withTotals recomputes them)', async () => {
    const report = await loadSeed('mfa-2024');
    const row = getPath(report, 'requests.results.total') as Record<string, unknown>;
    for (const key of Object.keys(row)) delete row[key];
    delete (getPath(report, 'reviews.reconsideration') as Record<string, unknown>).total;
    const run = await cli('parse', await temp.write('no-totals.json', report));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(await loadSeed('mfa-2024'));
  });

  it('recomputes the totals of an embedded previous report and reports them as 上年报告', async () => {
    const report = await loadSeed('mfa-2024');
    report.previous = setPath(
      setPath(await loadSeed('mfa-2024'), 'year', 2023),
      'requests.carriedForward.total',
      7,
    );
    const run = await cli('parse', await temp.write('previous-total.json', report));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^错误 imported\.totals 上年报告（previous）中 .*文件中为 7，分项之和为 3$/m,
    );
    expect(getPath(JSON.parse(run.stdout), 'previous.requests.carriedForward.total')).toBe(3);
  });

  it('reads a file with a UTF-8 BOM and no .json extension, by its content', async () => {
    const text = await readFile(seedPath('mfa-2020'), 'utf8');
    const run = await cli('parse', await temp.write('report-2020.data', `\uFEFF\n  ${text}`));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(await loadSeed('mfa-2020'));
  });
});

describe('export', () => {
  it('writes the report JSON with its totals to stdout', async () => {
    const run = await cli('export', seedPath('mfa-2024'), '--to', 'json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(await loadSeed('mfa-2024'));
  });

  it('writes to -o OUT (and --output=OUT), leaving no temporary file, and says so on stderr', async () => {
    const out = path.join(temp.dir, 'out-2020.json');
    const run = await cli('export', seedPath('mfa-2020'), '--to=json', '-o', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`已导出 报告数据 json：${out}\n`);
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(await loadSeed('mfa-2020'));

    const wrongTotal = await temp.write(
      'wrong-2024.json',
      setPath(await loadSeed('mfa-2024'), 'reviews.reconsideration.total', 99),
    );
    const again = await cli('export', wrongTotal, '--output=' + out, '--to', 'json');
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^错误 imported\.totals /);
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(await loadSeed('mfa-2024'));
    expect((await readdir(temp.dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 2 with a Chinese reason when OUT cannot be written', async () => {
    const run = await cli(
      'export',
      seedPath('mfa-2024'),
      '--to',
      'json',
      '-o',
      path.join(temp.dir, 'no-such-folder', 'out.json'),
    );
    expect(run.code).toBe(2);
    expect(linesOf(run.stderr)).toEqual([
      `无法写入 ${path.join(temp.dir, 'no-such-folder', 'out.json')}：所在的文件夹不存在`,
    ]);
  });

  it('exports the web page and the plain text to stdout', async () => {
    const html = await cli('export', seedPath('mfa-2024'), '--to', 'html');
    expect(html.code).toBe(0);
    expect(html.stdout).toContain(
      '<h1><span class="title-agency">外交部</span><span class="title-year">2024年政府信息公开工作年度报告</span></h1>',
    );
    expect(html.stdout).toContain('data-cell="requests.newReceived.naturalPerson">82<');
    expect(html.stdout).not.toMatch(/<script/i);
    expect(html.stdout).not.toContain('草稿');

    const text = await cli('export', seedPath('mfa-2020'), '--to', 'text');
    expect(text.code).toBe(0);
    expect(text.stdout.startsWith('\ufeff外交部2020年')).toBe(true);
    expect(text.stdout).toContain('一、本年新收政府信息公开申请数量\t26\t2\t1\t0\t0\t0\t29\r\n');

    const unix = await cli(
      'export',
      seedPath('mfa-2020'),
      '--to',
      'text',
      '--text-encoding',
      'unix',
    );
    expect(unix.stdout).toBe(text.stdout.slice(1).replace(/\r\n/g, '\n'));
    const wrong = await cli(
      'export',
      seedPath('mfa-2020'),
      '--to',
      'text',
      '--text-encoding',
      'gbk',
    );
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^xxgk：--text-encoding 应为 windows/);
  });

  it('writes Word to -o OUT as a .docx (zip) file', async () => {
    const out = path.join(temp.dir, 'report.docx');
    const run = await cli('export', seedPath('mfa-2024'), '--to', 'docx', '-o', out);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`已导出 Word 文档 docx：${out}\n`);
    const bytes = await readFile(out);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('writes the 审签单 (--to checklist) as Word, named after agency and year, and checklist-html to stdout', async () => {
    const out = path.join(temp.dir, 'checklist.docx');
    const run = await cli('export', seedPath('mfa-2024'), '--to', 'checklist', '-o', out);
    expect(run.code).toBe(0);
    expect((await readFile(out)).subarray(0, 2).toString('latin1')).toBe('PK');
    const html = await cli('export', seedPath('mfa-2024'), '--to', 'checklist-html');
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<h1>政府信息公开工作年度报告审签单</h1>');
    expect(html.stdout).toContain('<td>可以导出</td>');
    for (const who of ['经办人', '审核人', '签发人']) expect(html.stdout).toContain(who);
    expect(html.stdout).toContain('data-rule="requests.balance"><td>');
  });

  it('marks an export of a report with errors as 草稿', async () => {
    const broken = await temp.write(
      'broken.json',
      setPath(await loadSeed('mfa-2024'), 'requests.newReceived.naturalPerson', 83),
    );
    const html = await cli('export', broken, '--to', 'html');
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('草稿');
  });

  it('needs --to, and a known format', async () => {
    const missing = await cli('export', seedPath('mfa-2024'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^xxgk：缺少 --to/);
    const unknown = await cli('export', seedPath('mfa-2024'), '--to', 'pptx');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^xxgk：不认识的导出格式：pptx/);
  });
});
