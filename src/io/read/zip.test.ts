import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZipDirectory, readZipEntry, ZipError } from './zip.ts';

const why = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof ZipError) return error.why;
    throw error;
  }
  return 'none';
};

describe('zip reading', () => {
  const zip = zipSync({
    'a.txt': [strToU8('stored'), { level: 0 }],
    'dir/b.xml': strToU8('<x>'.repeat(1000)),
  });

  it('lists the entries and reads stored and deflated ones', () => {
    const entries = readZipDirectory(zip);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ['a.txt', 0, 6],
      ['dir/b.xml', 8, 3000],
    ]);
    const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
    expect(decode(readZipEntry(zip, entries[0]!, 100))).toBe('stored');
    expect(decode(readZipEntry(zip, entries[1]!, 3000))).toBe('<x>'.repeat(1000));
  });

  it('stops at the limit whatever the directory says', () => {
    const entry = readZipDirectory(zip)[1]!;
    expect(why(() => readZipEntry(zip, entry, 2999))).toBe('tooLarge');
    expect(why(() => readZipEntry(zip, { ...entry, size: 10 }, 2999))).toBe('tooLarge');
  });

  it('says what is wrong', () => {
    expect(why(() => readZipDirectory(strToU8('not a zip file at all, really')))).toBe('notZip');
    expect(why(() => readZipDirectory(zip.slice(0, zip.length - 30)))).toBe('corrupt');
    const entry = readZipDirectory(zip)[1]!;
    expect(why(() => readZipEntry(zip, { ...entry, encrypted: true }, 1e6))).toBe('encrypted');
    expect(why(() => readZipEntry(zip, { ...entry, method: 14 }, 1e6))).toBe('unsupported');
    expect(
      why(() => readZipEntry(zip, { ...entry, compressedSize: entry.compressedSize - 5 }, 1e6)),
    ).toBe('corrupt');
  });
});
