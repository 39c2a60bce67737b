/** `xxgk export --comparison`: 附：本年与上年数据对比 after the report's sections, only when asked for. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../domain/index.ts';
import { mfa2023 } from '../domain/narrative/test-support.ts';
import { loadFixture } from '../domain/test-support/fixtures.ts';
import { renderJson } from '../io/export/json/render-json.ts';
import { cli, makeTempDir, seedPath } from './test-support.ts';

const HEADING = '附：本年与上年数据对比';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let withPrevious: string;
beforeAll(async () => {
  temp = await makeTempDir();
  const report: Report = { ...loadFixture('mfa-2024'), previous: mfa2023() };
  withPrevious = await temp.write('with-previous.json', renderJson(report));
});
afterAll(() => temp.cleanup());

describe('export --comparison', () => {
  it('appends the comparison table to the web page and the text', async () => {
    const html = await cli('export', withPrevious, '--to', 'html', '--comparison');
    expect(html.code).toBe(0);
    expect(html.stdout).toContain(`<caption>${HEADING}</caption>`);
    expect(html.stdout.indexOf('stats-comparison')).toBeLessThan(
      html.stdout.indexOf('<footer class="closing">'),
    );
    const text = await cli('export', withPrevious, '--to', 'text', '--comparison');
    expect(text.stdout).toContain(`${HEADING}\r\n项目\t本年\t上年\t增减\t增幅\r\n`);
  });

  it('leaves it out without the flag, and without a previous report', async () => {
    const plain = await cli('export', withPrevious, '--to', 'html');
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain(HEADING);
    const noPrevious = await cli('export', seedPath('mfa-2024'), '--to', 'html', '--comparison');
    expect(noPrevious.code).toBe(0);
    expect(noPrevious.stdout).not.toContain(HEADING);
  });

  it('is listed in the usage', async () => {
    const help = await cli('help');
    expect(help.stdout + help.stderr).toContain('[--comparison]');
  });
});
