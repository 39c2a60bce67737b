/** The command line on files the importers read: the seed texts, a text that is not a report, totals. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReportFile } from '../io/import/import-file.ts';
import { noteLine } from './format-findings.ts';
import { note } from '../domain/index.ts';
import { oneLine } from './format-findings.ts';
import { cli, comparable, getPath, linesOf, loadSeed, makeTempDir, SEEDS } from './test-support.ts';

const SEED_NAMES = ['mfa-2024', 'mfa-2020'] as const;
const seedText = (name: (typeof SEED_NAMES)[number]): string => path.join(SEEDS, `${name}.txt`);

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(() => temp.cleanup());

describe('parse on a seed text', () => {
  it.each(SEED_NAMES)(
    '%s.txt prints its expected JSON; the importer’s notes on stderr',
    async (name) => {
      const run = await cli('parse', seedText(name));
      expect(run.code).toBe(0);
      expect(comparable(JSON.parse(run.stdout))).toEqual(comparable(await loadSeed(name)));
      const lines = linesOf(run.stderr);
      expect(lines.slice(0, -1).every((l) => /^(提示|待核实) import\.[\w.]+ \S/.test(l))).toBe(
        true,
      );
      expect(lines.at(-1)).toBe(
        `${seedText(name)}：导入说明 错误 0 项，待核实 0 项，提示 ${lines.length - 1} 项`,
      );
    },
  );
});

describe('other commands on a seed text', () => {
  it.each(SEED_NAMES)(
    'check %s.txt: exit 0, no error line; the importer’s notes on stderr',
    async (name) => {
      const run = await cli('check', seedText(name));
      expect(run.code).toBe(0);
      expect(linesOf(run.stdout).some((l) => l.startsWith('错误'))).toBe(false);
      expect(linesOf(run.stdout).at(-1)).toMatch(/^外交部 \d{4} 年度报告：错误 0 项/);
      const notes = linesOf(run.stderr);
      expect(notes.slice(0, -1).every((l) => l.startsWith('提示 import.'))).toBe(true);
      expect(notes.at(-1)).toBe(
        `${seedText(name)}：导入说明 错误 0 项，待核实 0 项，提示 ${notes.length - 1} 项`,
      );
    },
  );

  describe('a text with a figure the importer is unsure of (a row printed with 6 of its 7 figures)', () => {
    const shortRow = async (): Promise<string> =>
      temp.write(
        'short-row.txt',
        (await readFile(seedText('mfa-2024'), 'utf8')).replace(
          /^3\.其他 16 0 0 0 0 0 16$/mu,
          '3.其他 16 0 0 0 0 16',
        ),
      );

    it('check FILE names the row and the figures to check on stderr', async () => {
      const run = await cli('check', await shortRow());
      expect(run.code).toBe(1);
      const notes = linesOf(run.stderr);
      expect(notes.some((l) => l.startsWith('待核实 import.figure.count 第 242 行'))).toBe(true);
      expect(notes.at(-1)).toMatch(/导入说明 错误 2 项，待核实 1 项，提示 \d+ 项；7 个数字待核实$/);
    });

    it('check FILE FILE… shows them in the file’s row; --json gives the importer’s findings and cells', async () => {
      const file = await shortRow();
      const rows = linesOf((await cli('check', file, seedText('mfa-2020'))).stdout);
      expect(rows[0]).toMatch(/ 7 个数字待核实 {2}错误 [1-9]\d* 项( · 待核实 \d+ 项)?$/);
      expect(rows[1]).toMatch(/ 待核实 0 项 {2}可以导出$/);
      const json = JSON.parse((await cli('check', file, '--json')).stdout) as {
        import: {
          kind: string;
          findings: { code: string; params: unknown; message: string }[];
          uncertainCells: string[];
        };
      };
      expect(json.import.kind).toBe('text');
      expect(json.import.findings.find((f) => f.code === 'import.figure.count')).toMatchObject({
        severity: 'warning',
        params: { line: 242, cells: 7, count: 6, fit: { how: 'first' } },
        message: expect.stringMatching(
          /^第 242 行“（六）其他处理 3\.其他”应有 7 个数字，读到 6 个/u,
        ),
      });
      expect(json.import.findings.every((f) => /\p{Script=Han}/u.test(f.message))).toBe(true);
      expect(json.import.uncertainCells).toContain(
        'requests.results.otherHandling.other.naturalPerson',
      );
      expect(json.import.uncertainCells).toHaveLength(7);
    });

    it('aggregate prints them for the file before summing', async () => {
      const run = await cli('aggregate', await shortRow(), seedText('mfa-2024'));
      expect(linesOf(run.stderr)).toContainEqual(
        expect.stringMatching(/short-row\.txt：导入说明 .*；7 个数字待核实$/),
      );
    });
  });

  it('rollover mfa-2024.txt: the 2025 draft, carried over from 2024’s 结转下年度', async () => {
    const run = await cli('rollover', seedText('mfa-2024'));
    expect(run.code).toBe(0);
    const draft: unknown = JSON.parse(run.stdout);
    expect(getPath(draft, 'year')).toBe(2025);
    expect(getPath(draft, 'agency')).toBe('外交部');
    expect(getPath(draft, 'requests.carriedOver')).toEqual(
      getPath(await loadSeed('mfa-2024'), 'requests.carriedForward'),
    );
    expect(run.stderr).toMatch(/^提示 import\./m);
  });
});

describe('what the importers refuse or flag', () => {
  it('a news article in a .txt: exit 2 with the importer’s one-line reason', async () => {
    const article =
      '本报讯 昨日，市体育中心举行了一场迎新年音乐会，吸引了数千名市民到场观看。\n' +
      '演出持续两个小时，曲目包括交响乐和民乐。主办方表示，明年还将继续举办。\n';
    const file = await temp.write('news.txt', article);
    const { result } = await importReportFile(new TextEncoder().encode(article), {
      name: 'news.txt',
    });
    if (result.ok) throw new Error('a news article is not a report');
    expect(await cli('parse', file)).toEqual({
      code: 2,
      stdout: '',
      stderr: `${file}：${oneLine(result.reason)}\n`,
    });
  });

  it('a printed total that disagrees is named once (by the importer), and check still errs', async () => {
    const text = (await readFile(seedText('mfa-2024'), 'utf8')).replace(
      '一、本年新收政府信息公开申请数量 82 0 0 0 0 0 82',
      '一、本年新收政府信息公开申请数量 82 0 0 0 0 0 90',
    );
    const file = await temp.write('wrong-total.txt', text);
    const run = await cli('parse', file);
    expect(run.code).toBe(0);
    const lines = linesOf(run.stderr);
    expect(lines.filter((l) => l.includes('90'))).toEqual([
      expect.stringMatching(
        /^错误 import\.totals\.mismatch “一、本年新收政府信息公开申请数量 总计”/,
      ),
    ]);
    expect(lines.some((l) => l.includes('imported.totals'))).toBe(false);
    expect(lines.at(-1)).toMatch(/错误 1 项.*；输出中的总计已按分项重新计算$/);
    expect(getPath(JSON.parse(run.stdout), 'requests.newReceived.total')).toBe(82);

    const check = await cli('check', file);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^错误 imported\.totals .*文件中为 90，分项之和为 82$/m);
  });

  it('an import finding is one line: severity, code, sentence, and the line when not already named', () => {
    expect(
      noteLine(
        note(
          'import.html.titleFromHead',
          'warning',
          { title: '2024年\n年度报告' },
          { source: { line: 12 } },
        ),
      ),
    ).toBe(
      '待核实 import.html.titleFromHead 正文中没有印出标题，标题取自网页的标题栏：“2024年 年度报告”（第 12 行）',
    );
    expect(
      noteLine(
        note(
          'import.table.pageNumber',
          'info',
          { line: 444, printed: '7' },
          { source: { line: 444 } },
        ),
      ),
    ).toBe('提示 import.table.pageNumber 第 444 行单独的“7”看作页码，未读入表格');
    expect(noteLine(note('import.html.titleFromHead', 'error', { title: '\u001b[2J格式' }))).toBe(
      '错误 import.html.titleFromHead 正文中没有印出标题，标题取自网页的标题栏：“ [2J格式”',
    );
  });
});
