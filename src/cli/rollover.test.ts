import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICANT_KEYS, parseReportJson } from '../domain/index.ts';
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
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(() => temp.cleanup());

const COLUMNS = APPLICANT_KEYS;
const row = (report: unknown, name: string): unknown[] =>
  COLUMNS.map((c) => getPath(report, `requests.${name}.${c}`));

describe('rollover', () => {
  it('turns the 2024 seed into a 2025 draft on stdout, notes on stderr', async () => {
    const run = await cli('rollover', seedPath('mfa-2024'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\{\n {2}"schema": "xxgk-nianbao\/report@1",\n/);
    expect(run.stdout.endsWith('}\n')).toBe(true);
    const draft: unknown = JSON.parse(run.stdout);
    expect(getPath(draft, 'year')).toBe(2025);
    expect(getPath(draft, 'format')).toBe('2021');
    expect(getPath(draft, 'agency')).toBe('外交部');
    // 二、上年结转 = 2024 四、结转下年度继续办理 (3…3), not 2024's own 上年结转 (1…1).
    expect(row(draft, 'carriedOver')).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(row(draft, 'newReceived')).toEqual(COLUMNS.map(() => null));
    expect(getPath(draft, 'previous')).toEqual(await loadSeed('mfa-2024'));
    expect(getPath(draft, 'narrative')).toEqual({
      preamble: '',
      overview: '',
      problems: '',
      other: '',
    });
    expect(parseReportJson(run.stdout).ok).toBe(true);

    const notes = linesOf(run.stderr);
    expect(notes[0]).toMatch(
      /^提示 rollover\.carriedOver “二、上年结转政府信息公开申请数量”取自 2024 年度/,
    );
    for (const line of notes) expect(line).toMatch(/^(提示|待核实) [a-zA-Z.]+ .*[\u4e00-\u9fff]/);
  });

  it('gives a draft that check finds no 上年结转 mismatch in', async () => {
    const draftFile = await temp.write(
      'draft-2025.json',
      (await cli('rollover', seedPath('mfa-2024'))).stdout,
    );
    const check = await cli('check', draftFile, '--json');
    const findings = getPath(JSON.parse(check.stdout), 'findings') as { rule: string }[];
    expect(findings.filter((f) => f.rule === 'requests.carryover')).toEqual([]);
    expect(findings.some((f) => f.rule === 'cells.complete')).toBe(true);
  });

  it.each([
    ['2024', '新年度（2024）应晚于上年报告的年度（2024）'],
    ['2023', '新年度（2023）应晚于上年报告的年度（2024）'],
    ['2101', '年度不能晚于 2100 年，实际为 2101'],
  ])('refuses --year %s in one Chinese line, exit 2', async (year, reason) => {
    const run = await cli('rollover', seedPath('mfa-2024'), '--year', year);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`xxgk：${reason}\n`);
  });

  it.each(['abc', '25', '2025.5', '二〇二五'])(
    'refuses --year %s as a usage error, exit 2',
    async (year) => {
      const run = await cli('rollover', seedPath('mfa-2024'), `--year=${year}`);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(linesOf(run.stderr)[0]).toBe(
        `xxgk：--year 应为四位数字的年度，例如 2025，实际为“${year}”`,
      );
      expect(linesOf(run.stderr)[1]).toBe(
        '用法：npm run -s xxgk -- rollover FILE [--year Y] [--copy-narrative] [--agency NAME] [-o OUT]',
      );
    },
  );

  it('takes --year later than next year, with a warning about the gap', async () => {
    const run = await cli('rollover', seedPath('mfa-2024'), '--year', '2026');
    expect(run.code).toBe(0);
    expect(getPath(JSON.parse(run.stdout), 'year')).toBe(2026);
    expect(run.stderr).toMatch(/^待核实 rollover\.year\.gap .*2025 年度报告/m);
  });

  it('turns the 2020 seed (2019 format) into a 2021-format draft and says table 二 was not carried', async () => {
    const run = await cli('rollover', seedPath('mfa-2020'));
    expect(run.code).toBe(0);
    const draft: unknown = JSON.parse(run.stdout);
    expect(getPath(draft, 'format')).toBe('2021');
    expect(getPath(draft, 'year')).toBe(2021);
    expect(row(draft, 'carriedOver')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(getPath(draft, 'previous.format')).toBe('2019');
    expect(getPath(draft, 'active.regulations.inForce')).toBeNull();
    const notes = linesOf(run.stderr);
    expect(notes.find((l) => l.includes('rollover.active.notCarried'))).toMatch(/表二.*未带入/);
    expect(notes.find((l) => l.includes('rollover.active.baselineNeeded'))).toMatch(
      /^待核实 .*底数/,
    );
  });

  it('copies the narrative with --copy-narrative and takes --agency', async () => {
    const run = await cli(
      'rollover',
      seedPath('mfa-2024'),
      '--copy-narrative',
      '--agency',
      '外交部办公厅',
    );
    expect(run.code).toBe(0);
    const draft: unknown = JSON.parse(run.stdout);
    expect(getPath(draft, 'narrative')).toEqual(getPath(await loadSeed('mfa-2024'), 'narrative'));
    expect(getPath(draft, 'agency')).toBe('外交部办公厅');
    expect(run.stderr).toMatch(/^待核实 rollover\.narrative\.copied .*正文雷同/m);
  });

  it('writes to -o OUT and says so on stderr', async () => {
    const out = path.join(temp.dir, '外交部2025草稿.json');
    const run = await cli('rollover', seedPath('mfa-2024'), '-o', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr).at(-1)).toBe(`已生成 2025 年度草稿：${out}`);
    const written = await readFile(out, 'utf8');
    expect(row(JSON.parse(written), 'carriedOver')).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(written).toBe((await cli('rollover', seedPath('mfa-2024'))).stdout);
  });

  it('exits 2 when OUT cannot be written', async () => {
    const out = path.join(temp.dir, 'no-such-folder', 'draft.json');
    const run = await cli('rollover', seedPath('mfa-2024'), '-o', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`无法写入 ${out}：所在的文件夹不存在\n`);
  });

  it.each([
    ['missing.json', undefined, '找不到这个文件'],
    ['not-json.json', '{"schema": ', '不是有效的 JSON'],
    ['not-a-report.json', '{"schema": "other"}', '不是本工具的报告文件'],
  ])('exits 2 with a Chinese reason for a bad file (%s)', async (name, content, reason) => {
    const file =
      content === undefined ? path.join(temp.dir, name) : await temp.write(name, content);
    const run = await cli('rollover', file);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr)[0]).toContain(reason);
    expect(run.stderr).toMatch(CHINESE);
  });

  it('reports a wrong printed total of last year on stderr and uses the recomputed one', async () => {
    const wrong = setPath(await loadSeed('mfa-2024'), 'requests.carriedForward.total', 9);
    const run = await cli('rollover', await temp.write('wrong-total-2024.json', wrong));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^错误 imported\.totals 四、结转下年度继续办理 总计：文件中为 9，分项之和为 3$/m,
    );
    const draft: unknown = JSON.parse(run.stdout);
    expect(getPath(draft, 'requests.carriedOver.total')).toBe(3);
    expect(getPath(draft, 'previous.requests.carriedForward.total')).toBe(3);
  });
});
