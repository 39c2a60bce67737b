/** The real `xxgk` process: exit codes, and stdout that is exactly the JSON (nothing else mixed in). */
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReportFile } from '../io/import/import-file.ts';
import { oneLine } from './format-findings.ts';
import { comparable, loadSeed, makeTempDir, SEEDS, seedPath, setPath } from './test-support.ts';

const ROOT = process.cwd();
const MAIN = path.join(ROOT, 'src/cli/main.ts');
const run = promisify(execFile);

interface ProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command and gives its exit code and output, whatever the code. */
async function exec(
  command: string,
  args: readonly string[],
  cwd = ROOT,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ProcessRun> {
  try {
    const { stdout, stderr } = await run(command, [...args], {
      cwd,
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: unknown; stderr?: unknown };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: String(failed.stdout), stderr: String(failed.stderr) };
  }
}

/** `node --import tsx src/cli/main.ts …`, as `npm run xxgk` runs it but without npm's start-up time. */
const xxgk = (...args: string[]): Promise<ProcessRun> =>
  exec(process.execPath, ['--import', 'tsx', MAIN, ...args]);

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(() => temp.cleanup());

describe('the xxgk process', { timeout: 60_000 }, () => {
  it('check on a published report: exit 0, one summary line', async () => {
    const result = await xxgk('check', seedPath('mfa-2024'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      '外交部 2024 年度报告：错误 0 项，待核实 0 项，提示 0 项。状态：可以导出\n',
    );
  });

  it('check --json on a report with errors: exit 1 and stdout is exactly the JSON', async () => {
    const file = await temp.write(
      'mfa-2024-83.json',
      setPath(await loadSeed('mfa-2024'), 'requests.newReceived.naturalPerson', 83),
    );
    const result = await xxgk('check', file, '--json');
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout) as {
      file: string;
      summary: { errors: number };
      findings: { rule: string }[];
    };
    expect(parsed.file).toBe(file);
    expect(parsed.summary.errors).toBeGreaterThan(0);
    expect(parsed.findings.map((f) => f.rule)).toContain('requests.balance');
  });

  it('parse: exit 0 and stdout deep-equals the fixture; the import finding goes to stderr only', async () => {
    const clean = await xxgk('parse', seedPath('mfa-2020'));
    expect(clean).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(clean.stdout)).toEqual(await loadSeed('mfa-2020'));

    const file = await temp.write(
      'wrong-total.json',
      setPath(await loadSeed('mfa-2020'), 'requests.newReceived.total', 30),
    );
    const wrong = await xxgk('parse', file);
    expect(wrong.code).toBe(0);
    expect(wrong.stderr).toMatch(/^错误 imported\.totals /);
    expect(JSON.parse(wrong.stdout)).toEqual(await loadSeed('mfa-2020'));
  });

  it('parse on a seed text: exit 0, stdout is exactly the expected report JSON', async () => {
    for (const name of ['mfa-2024', 'mfa-2020'] as const) {
      const result = await xxgk('parse', path.join(SEEDS, `${name}.txt`));
      expect(result.code).toBe(0);
      expect(comparable(JSON.parse(result.stdout))).toEqual(comparable(await loadSeed(name)));
      expect(result.stderr).toMatch(/^提示 import\./);
    }
  });

  it('unreadable input and usage errors: exit 2, a Chinese reason on stderr, nothing on stdout', async () => {
    const pdf = await temp.write('report.pdf', '%PDF-1.7\n');
    const { result } = await importReportFile(new TextEncoder().encode('%PDF-1.7\n'), {
      name: 'report.pdf',
    });
    if (result.ok) throw new Error('an empty PDF is not a report');
    expect(await xxgk('parse', pdf)).toEqual({
      code: 2,
      stdout: '',
      stderr: `${pdf}：${oneLine(result.reason)}\n`,
    });
    const usage = await xxgk('frob');
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/^xxgk：不认识的命令：frob\n/);
  });

  it('npm run -s xxgk resolves file names from the folder the user typed them in', async () => {
    // From a folder outside the package: npm finds the package through --prefix, the file through INIT_CWD.
    const sub = path.join(temp.dir, 'elsewhere');
    await mkdir(sub);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const relative = path.relative(sub, seedPath('mfa-2020'));
    const result = await exec(
      npm,
      ['--prefix', ROOT, 'run', '-s', 'xxgk', '--', 'check', relative],
      sub,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      '外交部 2020 年度报告：错误 0 项，待核实 0 项，提示 0 项。状态：可以导出\n',
    );
  });
});
