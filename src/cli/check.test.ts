import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cli,
  linesOf,
  loadSeed,
  makeTempDir,
  seedPath,
  setPath,
  type Tree,
} from './test-support.ts';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(() => temp.cleanup());

/** A copy of the 2024 seed with 自然人 本年新收 83 instead of 82 (and the printed 总计 left at 82). */
async function write83(): Promise<string> {
  return temp.write(
    'mfa-2024-83.json',
    setPath(await loadSeed('mfa-2024'), 'requests.newReceived.naturalPerson', 83),
  );
}

describe('check: money as real reports print it', () => {
  it.each([
    ['to the 分 (6 decimals)', 5949.088667],
    ['of a prefecture-level city (about 10 亿元)', 96171.6],
    ['of a county-level zone', 24252.311082],
  ])('accepts 本年收费金额 %s without a warning: %s 万元', async (_, amount) => {
    const report = setPath(await loadSeed('mfa-2024'), 'active.fees.amount', amount);
    const run = await cli('check', await temp.write(`fees-${amount}.json`, report));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/active\.feeUnit/);
    expect(linesOf(run.stdout).at(-1)).toBe(
      '外交部 2024 年度报告：错误 0 项，待核实 0 项，提示 0 项。状态：可以导出',
    );
  });
});

describe('check: one file', () => {
  it.each(['mfa-2024', 'mfa-2020'] as const)(
    'passes the published %s report with exit 0 and no error line',
    async (name) => {
      const run = await cli('check', seedPath(name));
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      const lines = linesOf(run.stdout);
      expect(lines.filter((l) => l.startsWith('错误'))).toEqual([]);
      expect(lines.at(-1)).toBe(
        `外交部 ${name === 'mfa-2024' ? 2024 : 2020} 年度报告：错误 0 项，待核实 0 项，提示 0 项。状态：可以导出`,
      );
    },
  );

  it('reports the broken 勾稽关系 when 自然人 新收 is 83: exit 1, requests.balance, 自然人, 84 and 83', async () => {
    const run = await cli('check', await write83());
    expect(run.code).toBe(1);
    const balance = linesOf(run.stdout).filter((l) => l.includes('requests.balance'));
    const naturalPerson = balance.find((l) => l.includes('自然人'));
    expect(naturalPerson).toBeDefined();
    expect(naturalPerson).toMatch(/^错误 requests\.balance /);
    expect(naturalPerson).toContain('84');
    expect(naturalPerson).toContain('83');
    // The printed 总计 (82) no longer equals its items: an import finding too.
    expect(run.stdout).toMatch(/^错误 imported\.totals .*82.*83/m);
    expect(linesOf(run.stdout).at(-1)).toMatch(
      /^外交部 2024 年度报告：错误 \d+ 项.*状态：错误 \d+ 项$/,
    );
  });

  it('compares 上年结转 with --previous: one requests.carryover finding per differing column', async () => {
    const previous = await loadSeed('mfa-2024');
    setPath(previous, 'year', 2023);
    // This year's 上年结转 is 自然人 1, others 0; last year's 结转下年度 now says 自然人 0, 商业企业 1 (总计 still 1).
    const carriedForward = {
      naturalPerson: 0,
      commercial: 1,
      research: 0,
      publicInterest: 0,
      legalServices: 0,
      other: 0,
      total: 1,
    };
    setPath(previous, 'requests.carriedForward', carriedForward);
    const run = await cli(
      'check',
      seedPath('mfa-2024'),
      '--previous',
      await temp.write('mfa-2023.json', previous),
    );
    expect(run.code).toBe(1);
    const carryover = linesOf(run.stdout).filter((l) => l.includes('requests.carryover'));
    expect(carryover).toHaveLength(2);
    expect(carryover.some((l) => l.includes('自然人') && l.includes('1') && l.includes('0'))).toBe(
      true,
    );
    expect(carryover.some((l) => l.includes('商业企业'))).toBe(true);
    expect(carryover.every((l) => l.startsWith('错误 '))).toBe(true);
  });

  it('uses the report’s own previous when no --previous is given', async () => {
    const report = await loadSeed('mfa-2024');
    const previous = setPath(
      setPath(await loadSeed('mfa-2024'), 'year', 2023),
      'requests.carriedForward.naturalPerson',
      5,
    );
    report.previous = previous;
    const run = await cli('check', await temp.write('with-previous.json', report));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^错误 requests\.carryover 自然人列.*1.*5/m);
  });

  it('notes on stderr when --previous is not the year before', async () => {
    const run = await cli('check', seedPath('mfa-2024'), '--previous', seedPath('mfa-2020'));
    expect(run.stderr).toContain('2020 年度');
    expect(linesOf(run.stderr)).toHaveLength(1);
  });

  it('prints { file, agency, year, format, summary, findings } with --json', async () => {
    const file = await write83();
    const run = await cli('check', file, '--json');
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as Tree;
    expect(Object.keys(result)).toEqual([
      'file',
      'agency',
      'year',
      'format',
      'summary',
      'findings',
    ]);
    expect(result).toMatchObject({ file, agency: '外交部', year: 2024, format: '2021' });
    expect(result.summary).toMatchObject({
      errors: expect.any(Number),
      warnings: 0,
      infos: 0,
      acknowledged: 0,
    });
    const findings = result.findings as Tree[];
    expect(
      findings.find(
        (f) =>
          f.rule === 'requests.balance' &&
          (f.cells as string[]).includes('requests.newReceived.naturalPerson'),
      ),
    ).toMatchObject({
      severity: 'error',
      expected: 84,
      actual: 83,
      delta: -1,
    });

    const clean = JSON.parse((await cli('check', '--json', seedPath('mfa-2020'))).stdout) as Tree;
    expect(clean).toMatchObject({
      year: 2020,
      format: '2019',
      findings: [],
      summary: { errors: 0, status: '可以导出' },
    });
  });

  it('checks in final mode: empty cells and an empty 一、总体情况 are errors', async () => {
    const report = setPath(await loadSeed('mfa-2024'), 'active.licensing.decisions', null);
    setPath(report, 'narrative.overview', '');
    const run = await cli('check', await temp.write('incomplete.json', report));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^错误 cells\.complete .*1 个单元格未填写/m);
    expect(run.stdout).toMatch(/^错误 narrative\.required /m);
    // The status says what is left, in the editor's words.
    expect(linesOf(run.stdout).at(-1)).toMatch(/状态：表二还差 1 格 · 正文还差 1 部分$/);
  });

  it('marks an acknowledged warning 已说明 with its note, and the summary counts it apart', async () => {
    const report = setPath(await loadSeed('mfa-2024'), 'active.fees.amount', 1_250_000);
    const plain = await cli('check', await temp.write('fees.json', report));
    const warning = linesOf(plain.stdout).find((l) => l.startsWith('待核实 active.feeUnit'));
    expect(warning).toBeDefined();
    expect(plain.code).toBe(0);

    report.acknowledgements = [
      { rule: 'active.feeUnit', cells: ['active.fees.amount'], note: '本年收费确为 125 亿元' },
    ];
    const run = await cli('check', await temp.write('fees-acknowledged.json', report));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^待核实（已说明） active\.feeUnit .*说明：本年收费确为 125 亿元$/m);
    expect(linesOf(run.stdout).at(-1)).toMatch(/已说明 1 项。状态：可以导出$/);
  });

  it('exits 2 with the reason when --previous cannot be read', async () => {
    const run = await cli(
      'check',
      seedPath('mfa-2024'),
      '--previous',
      '/nonexistent/mfa-2023.json',
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr)).toEqual(['上年报告 /nonexistent/mfa-2023.json：找不到这个文件']);
  });
});

describe('check: several files', () => {
  it('prints one line per file and a total line; a broken file is a failed row that does not stop the others', async () => {
    const broken = await temp.write(
      'broken.json',
      '{"schema": "xxgk-nianbao/report@1", "format": "2021", "ye',
    );
    const file83 = await write83();
    const run = await cli('check', seedPath('mfa-2024'), broken, file83, seedPath('mfa-2020'));
    expect(run.code).toBe(2);
    const lines = linesOf(run.stdout);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      `${seedPath('mfa-2024')}  外交部  2024 年度  错误 0 项  待核实 0 项  可以导出`,
    );
    expect(lines[1]).toMatch(
      new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}  未能检查：不是有效的 JSON`),
    );
    expect(lines[2]).toMatch(
      /外交部 {2}2024 年度 {2}错误 [1-9]\d* 项 {2}待核实 0 项 {2}错误 [1-9]\d* 项$/,
    );
    expect(lines[3]).toBe(
      `${seedPath('mfa-2020')}  外交部  2020 年度  错误 0 项  待核实 0 项  可以导出`,
    );
    expect(lines[4]).toMatch(/^合计 4 个文件：错误 [1-9]\d* 项，待核实 0 项；1 个文件未能检查$/);
  });

  it('exits 1 when every file was read and one has errors, 0 when none has', async () => {
    expect((await cli('check', seedPath('mfa-2024'), await write83())).code).toBe(1);
    const clean = await cli('check', seedPath('mfa-2024'), seedPath('mfa-2020'));
    expect(clean.code).toBe(0);
    expect(linesOf(clean.stdout).at(-1)).toBe('合计 2 个文件：错误 0 项，待核实 0 项');
  });

  it('prints { files, total } with --json', async () => {
    const run = await cli('check', '--json', seedPath('mfa-2024'), '/nonexistent.json');
    expect(run.code).toBe(2);
    const result = JSON.parse(run.stdout) as { files: Tree[]; total: Tree };
    expect(result.files[0]).toMatchObject({
      file: seedPath('mfa-2024'),
      agency: '外交部',
      year: 2024,
      findings: [],
    });
    expect(result.files[1]).toEqual({
      file: '/nonexistent.json',
      error: '找不到这个文件',
      details: [],
    });
    expect(result.total).toEqual({ files: 2, checked: 1, failed: 1, errors: 0, warnings: 0 });
  });

  it('refuses --previous with several files', async () => {
    const run = await cli(
      'check',
      seedPath('mfa-2024'),
      seedPath('mfa-2020'),
      '--previous',
      seedPath('mfa-2020'),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--previous 只能用于检查单个文件');
  });
});
