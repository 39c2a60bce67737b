/** `xxgk charts`: one SVG per chart, in the folder given or one named after the report. */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { svgFigures, svgTexts } from '../io/export/charts/svg-texts.ts';
import { cli, linesOf, loadSeed, makeTempDir, seedPath, setPath } from './test-support.ts';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(() => temp.cleanup());

describe('xxgk charts', { timeout: 60_000 }, () => {
  it('writes one SVG per chart into a new folder and lists them', async () => {
    const out = path.join(temp.dir, 'a', '图解');
    const run = await cli('charts', seedPath('mfa-2024'), '-o', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const files = (await readdir(out)).sort();
    expect(files).toEqual([
      '01-申请人构成.svg',
      '02-本年度办理结果.svg',
      '03-不予公开的理由.svg',
      '04-无法提供的情形.svg',
      '05-不予处理的情形.svg',
      '06-其他处理的情形.svg',
      '07-行政复议、行政诉讼结果.svg',
      '08-规章和规范性文件.svg',
      '09-行政许可、处罚、强制等事项.svg',
    ]);
    expect(linesOf(run.stderr)[0]).toBe(`已写出 9 幅图解（SVG）到 ${out}：`);
    expect(run.stderr).toContain('09-行政许可、处罚、强制等事项.svg（本年无此类情况）');
    const applicants = await readFile(path.join(out, files[0]!), 'utf8');
    expect(svgFigures(applicants)).toEqual([82, 0, 0, 0, 0, 0]);
  });

  it('--previous adds the chart against last year', async () => {
    const last = setPath(await loadSeed('mfa-2024'), 'year', 2023);
    setPath(last, 'requests.newReceived.naturalPerson', 60);
    setPath(last, 'requests.newReceived.total', 60);
    const previous = await temp.write('2023.json', last);
    const out = path.join(temp.dir, 'with-previous');
    const run = await cli('charts', seedPath('mfa-2024'), '--previous', previous, '-o', out);
    expect(run.code).toBe(0);
    const trend = (await readdir(out)).find((f) => f.includes('与上年比较'))!;
    expect(trend).toBe('07-本年新收申请与上年比较.svg');
    const svg = await readFile(path.join(out, trend), 'utf8');
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['2023 年', '2024 年']));
    expect(svgFigures(svg).sort((a, b) => a - b)).toEqual([60, 80, 80, 82]);
  });

  it('an unreadable report or a folder that is a file: exit 2, one Chinese line', async () => {
    const missing = await cli('charts', path.join(temp.dir, 'nope.json'), '-o', temp.dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json：找不到这个文件/);
    const file = await temp.write('plain.txt', 'x');
    const clash = await cli('charts', seedPath('mfa-2020'), '-o', file);
    expect(clash).toMatchObject({ code: 2, stdout: '' });
    expect(clash.stderr).toBe(`无法写入 ${file}：已有同名的文件，不是文件夹\n`);
  });

  it('the real process, with the default folder named after agency and year', async () => {
    const run = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(process.cwd(), 'src/cli/main.ts'),
        'charts',
        seedPath('mfa-2020'),
      ],
      // As `npm run xxgk` starts it: in the package folder, told where the user typed the command.
      {
        cwd: process.cwd(),
        env: { ...process.env, npm_lifecycle_event: 'xxgk', INIT_CWD: temp.dir },
        encoding: 'utf8',
      },
    );
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('已写出 8 幅图解（SVG）到 外交部-2020年度-图解：');
    const files = await readdir(path.join(temp.dir, '外交部-2020年度-图解'));
    expect(files).toHaveLength(8);
    const results = await readFile(
      path.join(temp.dir, '外交部-2020年度-图解', '02-本年度办理结果.svg'),
      'utf8',
    );
    expect(svgTexts(results)).toContain('外交部 2020 年政府信息公开工作年度报告 · 图解');
  });
});
