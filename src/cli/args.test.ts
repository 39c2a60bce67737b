import { describe, expect, it } from 'vitest';
import { parseArgs, type OptionSpec } from './args.ts';

const SPECS: readonly OptionSpec[] = [
  { name: 'to', value: '格式' },
  { name: 'output', short: 'o', value: '文件名' },
  { name: 'json' },
];

describe('parseArgs', () => {
  it.each([
    [['a.json', '--to', 'json'], ['a.json'], { to: 'json' }, []],
    [['--to=json', 'a.json', '-o', 'out.json'], ['a.json'], { to: 'json', output: 'out.json' }, []],
    [['a.json', '--json', 'b.json'], ['a.json', 'b.json'], {}, ['json']],
    [['a.json', '--output=x=y.json'], ['a.json'], { output: 'x=y.json' }, []],
    [['-', '--', '--json', '-o'], ['-', '--json', '-o'], {}, []],
  ])('%j', (tokens, positionals, values, flags) => {
    const parsed = parseArgs(tokens, SPECS);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.positionals).toEqual(positionals);
    expect(Object.fromEntries(parsed.values)).toEqual(values);
    expect([...parsed.flags]).toEqual(flags);
  });

  it.each([
    [['--to'], '选项 --to 后面缺少格式'],
    [['--to='], '选项 --to 后面缺少格式'],
    [['-o', '--json'], '选项 -o 后面缺少文件名'],
    [['--json=1'], '选项 --json 后面不用写值'],
    [['-x'], '不认识的选项：-x'],
    [['--o', 'a'], '不认识的选项：--o'],
    [['-o', 'a', '--output', 'b'], '选项 --output 只能写一次'],
  ])('%j fails: %s', (tokens, message) => {
    expect(parseArgs(tokens, SPECS)).toEqual({ ok: false, message });
  });
});
