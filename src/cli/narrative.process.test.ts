/** The real `xxgk narrative` process: exit codes, paragraphs on stdout, reasons on stderr. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { seedPath } from './test-support.ts';

const run = promisify(execFile);
const MAIN = path.join(process.cwd(), 'src/cli/main.ts');

async function xxgk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      encoding: 'utf8',
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: unknown; stderr?: unknown };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: String(failed.stdout), stderr: String(failed.stderr) };
  }
}

describe('the xxgk narrative process', { timeout: 60_000 }, () => {
  it('prints the paragraphs of a published report, nothing on stderr', async () => {
    const result = await xxgk('narrative', seedPath('mfa-2020'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['一、总体情况', '【主动公开情况】']);
    expect(lines).toContain(
      '因政府信息公开工作被申请行政复议2件；其中结果维持1件、其他结果1件。未因政府信息公开工作被提起行政诉讼。没有复议、诉讼结果被纠正的案件。',
    );
    expect(result.stdout.endsWith('\n')).toBe(true);
  });

  it('a usage error: exit 2, the reason and the synopsis on stderr', async () => {
    const result = await xxgk('narrative', seedPath('mfa-2024'), '--fees-collected', 'x');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('用法：npm run -s xxgk -- narrative FILE [--previous FILE]');
  });
});
