import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportFile } from './read-report-file.ts';

const SEEDS = path.resolve(process.cwd(), '../shared/fixtures/seeds');
const seed = (name: string): string => readFileSync(path.join(SEEDS, name), 'utf8');

describe('readReportFile (查看报告文件)', () => {
  it('shows our report JSON', async () => {
    const result = await readReportFile(new File([seed('mfa-2024.expected.json')], 'a.json'));
    expect(result.ok && result.report.year).toBe(2024);
  });

  it('shows a report the importers read from text, as the import does', async () => {
    const result = await readReportFile(new File([seed('mfa-2024.txt')], 'mfa-2024.txt'));
    expect(result.ok && [result.report.agency, result.report.year]).toEqual(['外交部', 2024]);
  });

  it.each([
    [
      'page.html',
      '<!DOCTYPE html><html><body><p>报告</p></body></html>',
      /^无法打开“page\.html”：/,
    ],
    ['a.pdf', '%PDF-1.7\n', /^无法打开“a\.pdf”：/],
    ['a.docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]), /^无法打开“a\.docx”：/],
  ])('refuses %s that is no report with the importer’s line', async (name, bytes, message) => {
    const result = await readReportFile(new File([bytes], name));
    expect(!result.ok && result.message).toMatch(message);
  });

  it('says so when the file cannot be read any more (moved or locked after it was chosen)', async () => {
    const gone = new File(['{}'], 'gone.json');
    const fail = (): Promise<ArrayBuffer> =>
      Promise.reject(new DOMException('gone', 'NotFoundError'));
    Object.defineProperty(gone, 'arrayBuffer', { value: fail });
    Object.defineProperty(gone, 'slice', { value: () => ({ arrayBuffer: fail }) });
    expect(await readReportFile(gone)).toEqual({
      ok: false,
      message: '无法读取“gone.json”：文件可能已被移动、删除或正被其他程序使用',
    });
  });

  it('refuses with the importers’ lines: empty, too large, not text, not our JSON', async () => {
    const message = async (file: File): Promise<string> => {
      const result = await readReportFile(file);
      if (result.ok) throw new Error('read');
      return result.message;
    };
    expect(await message(new File([], 'empty.json'))).toBe('“empty.json”是空文件');
    const big = new File([new Uint8Array(21 * 1024 * 1024)], 'big.json');
    expect(await message(big)).toMatch(/^“big\.json”有 21\.0 MB，超过 20 MB/);
    expect(
      await message(new File([Uint8Array.from([0xff, 0xfe, 0, 0x81, 0x9f])], 'junk.bin')),
    ).toMatch(/^“junk\.bin”不是文字文件/);
    expect(await message(new File(['{"hello":"world"}'], 'other.json'))).toMatch(
      /^无法打开“other\.json”：不是本工具的报告文件/,
    );
    expect(await message(new File(['{"schema":'], 'cut.json'))).toMatch(
      /^无法打开“cut\.json”：不是有效的 JSON/,
    );
  });
});
