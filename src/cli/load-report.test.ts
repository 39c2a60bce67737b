import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICANT_KEYS } from '../domain/index.ts';
import { encodeUtf16le, wordCopy } from '../io/import/test-support/realistic/copied-text.ts';
import { encodeGbk, govPageHtml } from '../io/import/test-support/realistic/gov-page.ts';
import { realisticSeed } from '../io/import/test-support/realistic/seeds.ts';
import {
  CHINESE,
  cli,
  comparable,
  linesOf,
  loadSeed,
  makeTempDir,
  setPath,
} from './test-support.ts';
import { stat } from 'node:fs/promises';
import type { CliIo } from './cli-io.ts';
import { oneLine } from './format-findings.ts';
import { decodeReport, loadReport } from './load-report.ts';
import { importReportFile } from '../io/import/import-file.ts';
import { createNodeIo } from './node-io.ts';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(() => temp.cleanup());

const bytes = (...values: number[]) => new Uint8Array(values);
const SIX_MB = 6 * 1024 * 1024;

describe('bad inputs: exit 2, nothing on stdout, one Chinese line on stderr', () => {
  const cases: [string, string | Uint8Array | null, RegExp][] = [
    ['missing.json', null, /：找不到这个文件$/],
    ['empty.json', '', /：“empty\.json”是空文件$/],
    ['blank.json', ' \n\t\n', /：“blank\.json”是空文件$/],
    [
      'truncated.json',
      '{"schema": "xxgk-nianbao/report@1", "format": "2021", "year": 20',
      /：不是有效的 JSON（文件可能不完整或已损坏）/,
    ],
    [
      'package.json',
      '{"name": "something-else", "version": "1.0.0"}',
      /：不是本工具的报告文件：schema 应为“xxgk-nianbao\/report@1”/,
    ],
    [
      'wrong-format.json',
      '{"schema": "xxgk-nianbao/report@1", "format": "2030"}',
      /：format 应为 "2021" 或 "2019"/,
    ],
    ['array.json', '[1, 2, 3]', /：文件内容不是一份报告/],
    [
      'junk.json',
      bytes(0x7b, 0xc3, 0x28, 0xff, 0xfe, 0x00, 0x81, 0x9f),
      /：文件不是 UTF-8 编码的文本/,
    ],
    [
      'gbk.json',
      bytes(0x7b, 0x22, 0xcd, 0xe2, 0xbd, 0xbb, 0xb2, 0xbf, 0x22, 0x7d),
      /：文件不是 UTF-8 编码的文本.*GBK/,
    ],
    [
      'utf16.json',
      bytes(0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00),
      /：文件是 UTF-16（Unicode）编码，请另存为 UTF-8/,
    ],
    [
      'report.doc',
      bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1),
      /：“report\.doc”是旧版 Word（\.doc）或 Excel（\.xls）文件，请先在 Word \/ WPS 中另存为 \.docx/,
    ],
    ['tables.xlsx', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), /：“tables\.xlsx”是压缩包/],
  ];

  it.each(cases)('%s', async (name, content, reason) => {
    const file = content === null ? `${temp.dir}/${name}` : await temp.write(name, content);
    const run = await cli('parse', file);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = linesOf(run.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`${file}：`)).toBe(true);
    expect(lines[0]).toMatch(reason);
    expect(lines[0]).toMatch(CHINESE);
  });

  // Not our JSON: the importers decide, and their one-line reason is what the clerk reads.
  const imported: [string, string | Uint8Array][] = [
    ['report.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n'],
    ['disguised.json', '%PDF-1.4\n'],
    ['report.docx', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00)],
    ['report.txt', '外交部2024年政府信息公开工作年度报告\n'],
    ['report.md', '# 年度报告\n'],
    ['report.html', '<!doctype html><html></html>'],
    ['saved-page', '<!DOCTYPE html>\n<html lang="zh">'],
    ['notes', 'just some words'],
  ];

  it.each(imported)('%s: the importer’s reason', async (name, content) => {
    const file = await temp.write(name, content);
    const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const { result } = await importReportFile(data, { name });
    if (result.ok) throw new Error(`${name} should not be recognised as a report`);
    const run = await cli('parse', file);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${file}：${oneLine(result.reason)}\n` });
    expect(run.stderr).toMatch(CHINESE);
  });

  it('a 6 MB file is refused, naming its size', async () => {
    const file = await temp.write(
      'huge.json',
      `{"schema": "xxgk-nianbao/report@1", "pad": "${'x'.repeat(SIX_MB)}"}`,
    );
    const size = (await stat(file)).size;
    const run = await cli('check', file);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr)).toEqual([
      `${file}：“huge.json”有 ${(size / 1024 / 1024).toFixed(1)} MB，超过 5 MB，不像是一份年度报告，未读取`,
    ]);
  });

  it('refuses a huge file before reading it when its size is known, and after reading when not', async () => {
    const unread: CliIo = {
      ...createNodeIo(),
      fileSize: () => Promise.resolve(3 * 1024 ** 3),
      readFile: () => Promise.reject(new Error('must not be read')),
    };
    expect(await loadReport(unread, 'big.json')).toEqual({
      ok: false,
      reason: expect.stringMatching(/^“big\.json”有 3072\.0 MB，超过 20 MB，不像是一份年度报告/),
      details: [],
    });
    expect(await decodeReport(new Uint8Array(SIX_MB).fill(0x20), 'big.json')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^“big\.json”有 6\.0 MB，超过 5 MB/),
    });
    expect(await decodeReport(new Uint8Array(21 * 1024 * 1024).fill(0x61), 'big.txt')).toEqual({
      ok: false,
      reason: expect.stringMatching(/^“big\.txt”有 21\.0 MB，超过 20 MB/),
      details: [],
    });
  });

  it('reads a 6 MB file that is not JSON: the 5 MB limit is for our JSON only', async () => {
    let read = false;
    const io: CliIo = {
      ...createNodeIo(),
      fileSize: () => Promise.resolve(SIX_MB),
      readFile: () => {
        read = true;
        return Promise.resolve(new TextEncoder().encode('just some words'));
      },
    };
    const result = await loadReport(io, 'notes.txt');
    expect(read).toBe(true);
    expect(result).toMatchObject({ ok: false, reason: expect.not.stringMatching(/文件大小/) });
  });

  it('a folder is not a file', async () => {
    const run = await cli('check', temp.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${temp.dir}：这是一个文件夹，不是文件\n`);
  });

  it('a report that fails the schema: one summary line, then the first problems by path and label', async () => {
    const report = setPath(await loadSeed('mfa-2024'), 'requests.newReceived.naturalPerson', -3);
    setPath(report, 'requests.carriedOver.commercial', 1.5);
    setPath(report, 'active.licensing.decisions', '12');
    const run = await cli('parse', await temp.write('invalid-values.json', report));
    expect(run.code).toBe(2);
    const lines = linesOf(run.stderr);
    expect(lines[0]).toMatch(/：不是有效的年度报告，发现 3 处问题$/);
    expect(lines.slice(1).join('\n')).toContain(
      'requests.newReceived.naturalPerson（一、本年新收政府信息公开申请数量 自然人）：不能为负数，实际为 -3',
    );
    expect(lines.slice(1).every((l) => l.startsWith('  '))).toBe(true);
    expect(lines).toHaveLength(4);
  });

  it('lists at most five problems and says how many more there are', async () => {
    const report = await loadSeed('mfa-2024');
    for (const col of APPLICANT_KEYS.slice(0, 6))
      setPath(report, `requests.newReceived.${col}`, -1);
    setPath(report, 'requests.carriedOver.naturalPerson', -1);
    const lines = linesOf(
      (await cli('parse', await temp.write('many-problems.json', report))).stderr,
    );
    expect(lines[0]).toMatch(/发现 7 处问题$/);
    expect(lines).toHaveLength(7);
    expect(lines[6]).toBe('  ……另有 2 处问题');
  });

  it('never lets control characters from the file reach the terminal', async () => {
    const report = setPath(await loadSeed('mfa-2024'), 'agency', '外交部\u001b[2J\n伪造的一行');
    const run = await cli('check', await temp.write('escape.json', report));
    expect(run.stdout.includes('\u001b')).toBe(false);
    expect(linesOf(run.stdout).at(-1)).toMatch(/^外交部 \[2J 伪造的一行 2024 年度报告：/);
  });
});

describe('files that are not UTF-8', () => {
  const { report, outline } = realisticSeed('mfa-2020');
  const files: [string, Uint8Array][] = [
    ['saved-page.html', encodeGbk(govPageHtml(outline))],
    ['notepad-ansi.txt', encodeGbk(wordCopy(outline))],
    ['notepad-unicode.txt', encodeUtf16le(wordCopy(outline))],
  ];

  it.each(files)('%s: parsed like its UTF-8 twin', async (name, content) => {
    const run = await cli('parse', await temp.write(name, content));
    expect(run.code).toBe(0);
    expect(comparable(JSON.parse(run.stdout))).toEqual(comparable(report));
  });
});

describe('decodeReport', () => {
  it('decides by content before extension: JSON text in a .txt file is read as JSON', async () => {
    const text = JSON.stringify(await loadSeed('mfa-2024'));
    const result = await decodeReport(new TextEncoder().encode(text), 'exported.txt');
    expect(result).toMatchObject({ ok: true, kind: 'json', importFindings: [] });
  });

  it('strips a UTF-8 BOM', async () => {
    const text = `\uFEFF${JSON.stringify(await loadSeed('mfa-2020'))}`;
    expect(await decodeReport(new TextEncoder().encode(text), 'r.json')).toMatchObject({
      ok: true,
      report: { year: 2020 },
    });
  });
});
