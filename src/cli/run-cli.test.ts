import { describe, expect, it } from 'vitest';
import { cli, linesOf } from './test-support.ts';

describe('help and usage', () => {
  it.each([[], ['--help'], ['-h'], ['help'], ['check', '--help']])(
    '%j prints the Chinese usage listing every command, exit 0',
    async (...argv) => {
      const run = await cli(...argv);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('用法：npm run -s xxgk -- <命令> [参数]');
      for (const command of [
        'parse FILE',
        'check FILE…',
        'export FILE --to json',
        'rollover FILE [--year Y]',
        'aggregate FILE…',
      ]) {
        expect(run.stdout).toContain(command);
      }
    },
  );

  it.each([
    [['frob'], /^xxgk：不认识的命令：frob$/],
    [
      ['--json'],
      /^xxgk：请先写命令（parse、check、export、template、rollover、aggregate、narrative、charts），再写选项$/,
    ],
    [['constructor'], /^xxgk：不认识的命令：constructor$/],
    [['parse'], /^xxgk：parse 命令缺少文件名$/],
    [['check'], /^xxgk：check 命令缺少文件名$/],
    [['export', '--to', 'json'], /^xxgk：export 命令缺少文件名$/],
    [['rollover', '--year', '2025'], /^xxgk：rollover 命令缺少文件名$/],
    [['rollover', 'a.json', '--year'], /^xxgk：选项 --year 后面缺少新报告的年度（如 2025）$/],
    [['parse', 'a.json', 'b.json'], /^xxgk：parse 命令只能给一个文件，多余的参数：b\.json$/],
    [['check', 'a.json', '--previous'], /^xxgk：选项 --previous 后面缺少上年报告的文件名$/],
    [
      ['check', 'a.json', '--previous', '--json'],
      /^xxgk：选项 --previous 后面缺少上年报告的文件名$/,
    ],
    [['check', 'a.json', '--verbose'], /^xxgk：不认识的选项：--verbose$/],
    [['check', 'a.json', '--json=yes'], /^xxgk：选项 --json 后面不用写值$/],
    [['export', 'a.json', '--to', 'json', '--to', 'json'], /^xxgk：选项 --to 只能写一次$/],
    [['parse', 'a.json', '-o', 'b.json'], /^xxgk：不认识的选项：-o$/],
  ])('%j is a usage error on stderr, exit 2', async (argv, first) => {
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = linesOf(run.stderr);
    expect(lines[0]).toMatch(first);
    expect(lines.at(-1)).toBe('运行 npm run -s xxgk -- --help 查看全部命令和选项');
  });

  it('shows the command’s synopsis in a usage error', async () => {
    const run = await cli('check', 'a.json', '--verbose');
    expect(linesOf(run.stderr)[1]).toBe(
      '用法：npm run -s xxgk -- check FILE… [--previous FILE] [--json]',
    );
  });

  it('takes a file name starting with "-" after --', async () => {
    const run = await cli('parse', '--', '-report.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('-report.json：找不到这个文件\n');
  });
});
