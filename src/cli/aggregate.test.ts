import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHINESE,
  cli,
  getPath,
  linesOf,
  loadSeed,
  makeTempDir,
  seedPath,
  setPath,
} from './test-support.ts';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let commerce: string;
beforeAll(async () => {
  temp = await makeTempDir();
  // Another department's 2024 report: the seed with other figures, still balanced.
  const report = await loadSeed('mfa-2024');
  setPath(report, 'agency', '商务部');
  setPath(report, 'requests.newReceived.commercial', 4);
  setPath(report, 'requests.results.granted.commercial', 4);
  setPath(report, 'reviews.reconsideration.upheld', 2);
  // `parse` prints it with its totals recomputed, as the app would have saved it.
  const parsed = await cli('parse', await temp.write('raw.json', report));
  commerce = await temp.write('商务部2024.json', parsed.stdout);
});
afterAll(() => temp.cleanup());

const json = (text: string): unknown => JSON.parse(text);

describe('aggregate', () => {
  it('writes the summed report JSON with its sources to stdout; notes and a summary on stderr; exit 0', async () => {
    const run = await cli('aggregate', seedPath('mfa-2024'), commerce);
    expect(run.code).toBe(0);
    const report = json(run.stdout);
    expect(report).toMatchObject({
      schema: 'xxgk-nianbao/report@1',
      format: '2021',
      year: 2024,
      agency: '汇总（2 个单位）',
      sources: [
        { agency: '外交部', year: 2024, format: '2021', file: 'mfa-2024.expected.json' },
        { agency: '商务部', year: 2024, format: '2021', file: '商务部2024.json' },
      ],
    });
    expect(getPath(report, 'requests.newReceived.total')).toBe(82 * 2 + 4);
    expect(getPath(report, 'requests.newReceived.commercial')).toBe(4);
    const seed = await loadSeed('mfa-2024');
    const total = getPath(seed, 'reviews.reconsideration.total') as number;
    const upheld = getPath(seed, 'reviews.reconsideration.upheld') as number;
    // 商务部's 结果维持 is 2 instead of the seed's; its 总计 is recomputed from the items.
    expect(getPath(report, 'reviews.reconsideration.total')).toBe(2 * total - upheld + 2);
    expect(getPath(report, 'active.fees.amount')).toBe(11138.4184);
    expect(getPath(report, 'previous')).toBeUndefined();
    const stderr = linesOf(run.stderr);
    expect(stderr.slice(0, -1).every((l) => l.startsWith('提示 aggregate.'))).toBe(true);
    expect(stderr.at(-1)).toBe(
      '已汇总 2 份报告为 汇总（2 个单位） 2024 年度报告（2021 格式）。汇总说明：错误 0 项，待核实 0 项，提示 2 项',
    );
  });

  it('writes to -o OUT with --agency and --year, and the result reads back as a report', async () => {
    const out = path.join(temp.dir, 'county.json');
    const run = await cli(
      'aggregate',
      seedPath('mfa-2024'),
      commerce,
      '-o',
      out,
      '--agency',
      '某某县人民政府办公室',
      '--year=2024',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr).at(-1)).toBe(`已写入汇总报告：${out}`);
    const written = await readFile(out, 'utf8');
    expect(json(written)).toMatchObject({ agency: '某某县人民政府办公室', year: 2024 });
    const parsed = await cli('parse', out);
    expect(parsed).toMatchObject({ code: 0, stderr: '' });
    expect(json(parsed.stdout)).toEqual(json(written));
  });

  it('lists a file that cannot be read as a failed row with its reason; the others are summed; exit 1', async () => {
    const broken = await temp.write('broken.json', '{"schema": "xxgk-nianbao/report@1", "format"');
    const missing = path.join(temp.dir, 'missing.json');
    const run = await cli('aggregate', broken, seedPath('mfa-2024'), missing, commerce);
    expect(run.code).toBe(1);
    const stderr = linesOf(run.stderr);
    expect(stderr[0]).toMatch(
      new RegExp(`^${broken}  未能读取，未计入汇总：不是有效的 JSON（文件可能不完整或已损坏）`),
    );
    expect(stderr[1]).toBe(`${missing}  未能读取，未计入汇总：找不到这个文件`);
    expect(stderr.at(-1)).toMatch(/^已汇总 2 份报告为 .*；2 个文件未能读取，未计入。/);
    const report = json(run.stdout);
    expect(getPath(report, 'sources')).toHaveLength(2);
    expect(getPath(report, 'requests.newReceived.total')).toBe(82 * 2 + 4);
  });

  it('exits 2 with nothing on stdout when no file can be read', async () => {
    const run = await cli(
      'aggregate',
      path.join(temp.dir, 'a.json'),
      path.join(temp.dir, 'b.json'),
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr).at(-1)).toBe('没有可汇总的报告：2 个文件都未能读取');
  });

  it('flags reports of different years and formats, says what was not summed, exit 1', async () => {
    const run = await cli('aggregate', seedPath('mfa-2024'), seedPath('mfa-2020'));
    expect(run.code).toBe(1);
    const stderr = linesOf(run.stderr);
    expect(stderr[0]).toMatch(
      /^错误 aggregate\.years 所选报告的年度不同：2024 年度 1 份（外交部），2020 年度 1 份（外交部）/,
    );
    expect(stderr).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^待核实 aggregate\.formats /),
        expect.stringMatching(/^待核实 aggregate\.activeNotSummed 表二（主动公开）未汇总/),
        expect.stringMatching(/^提示 aggregate\.otherHandling .*（六）其他处理 3\.其他/),
      ]),
    );
    for (const line of stderr) expect(line).toMatch(CHINESE);
    const report = json(run.stdout);
    expect(getPath(report, 'year')).toBe(2024);
    expect(getPath(report, 'active.fees.amount')).toBeNull();
  });

  it('leaves a cell empty when a source left it empty, and says which source and cell (exit 1)', async () => {
    const gappy = setPath(await loadSeed('mfa-2024'), 'reviews.litigationDirect.pending', null);
    setPath(gappy, 'agency', '司法部');
    const run = await cli('aggregate', commerce, await temp.write('gappy.json', gappy));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^错误 aggregate\.emptyCells 司法部（第 2 份）有 1 个单元格未填写：表四（复议诉讼） 未经复议直接起诉 尚未审结/m,
    );
    expect(getPath(json(run.stdout), 'reviews.litigationDirect.pending')).toBeNull();
  });

  it.each([
    [['aggregate'], /^xxgk：aggregate 命令缺少文件名$/],
    [['aggregate', 'a.json', '--year', '24'], /^xxgk：--year 应为 2008 至 2100 之间的四位年度/],
    [['aggregate', 'a.json', '--year', '1999'], /实际为“1999”$/],
    [['aggregate', 'a.json', '--agency', '  '], /^xxgk：--agency 应为 1 至 200 个字的单位名称$/],
    [['aggregate', 'a.json', '--agency', '局'.repeat(201)], /^xxgk：--agency 应为/],
    [['aggregate', 'a.json', '--agency'], /^xxgk：选项 --agency 后面缺少汇总报告的单位名称$/],
    [['aggregate', 'a.json', '--json'], /^xxgk：不认识的选项：--json$/],
  ])('%j is a usage error with the synopsis, exit 2', async (argv, first) => {
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = linesOf(run.stderr);
    expect(lines[0]).toMatch(first);
    expect(lines[1]).toBe(
      '用法：npm run -s xxgk -- aggregate FILE… [-o OUT] [--agency NAME] [--year Y]',
    );
  });

  it('says so when OUT cannot be written, exit 2', async () => {
    const out = path.join(temp.dir, 'no-such-folder', 'out.json');
    const run = await cli('aggregate', seedPath('mfa-2024'), '-o', out);
    expect(run.code).toBe(2);
    expect(linesOf(run.stderr).at(-1)).toBe(`无法写入 ${out}：所在的文件夹不存在`);
  });
});
