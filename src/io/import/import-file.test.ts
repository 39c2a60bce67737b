import { FILE_LIMITS, tooLargeToRead } from '../read/index.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { importChosenFile, importReportFile, textKind } from './import-file.ts';

const SEEDS = path.resolve(process.cwd(), '../shared/fixtures/seeds');

describe('importChosenFile', () => {
  it('refuses a 50 MB file from its size, without reading it', async () => {
    const arrayBuffer = vi.fn(() => Promise.reject(new Error('read')));
    const { kind, result } = await importChosenFile({
      name: 'big.pdf',
      size: 50 * 1024 * 1024,
      arrayBuffer,
    });
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(kind).toBe('unknown');
    expect(result).toEqual({
      ok: false,
      reason: '“big.pdf”有 50.0 MB，超过 20 MB，不像是一份年度报告，未读取',
    });
  });

  it('gives the same line as importReportFile for bytes too many', async () => {
    const bytes = new Uint8Array(FILE_LIMITS.file + 1);
    const { result } = await importReportFile(bytes, { name: 'a.bin' });
    expect(result).toEqual({ ok: false, reason: tooLargeToRead('a.bin', bytes.length) });
    expect(tooLargeToRead('a.bin', FILE_LIMITS.file)).toBeNull();
  });

  it('reads a file that fits, under its own name', async () => {
    const file = new File(
      [readFileSync(path.join(SEEDS, 'mfa-2020.expected.json'), 'utf8')],
      'a.json',
    );
    const { kind, result } = await importChosenFile(file);
    expect(kind).toBe('json');
    expect(result.ok && result.source.name).toBe('a.json');
  });
});

describe('textKind', () => {
  it('tells our JSON, a web page and plain text apart', () => {
    expect(textKind(' {"schema":1}')).toBe('json');
    expect(textKind('<!DOCTYPE html><html></html>')).toBe('html');
    expect(textKind('外交部2024年政府信息公开工作年度报告')).toBe('text');
  });
});
