import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZipDirectory, readZipPart, readZipParts, ZipError } from './zip.ts';
import {
  centralHeader,
  decoyBeforeBomb,
  lieAboutSize,
  localHeader,
  overlappingBomb,
  setEncrypted,
  streamedZip,
} from './zip-test-support.ts';

const why = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof ZipError) return error.why;
    throw error;
  }
  return 'none';
};

const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);
const MB = 1024 * 1024;

describe('zip reading', () => {
  const files: Zippable = {
    'a.txt': [strToU8('stored'), { level: 0 }],
    'dir/b.xml': strToU8('<x>'.repeat(1000)),
  };
  const zip = zipSync(files);
  const read = (bytes: Uint8Array, name: string, limit: number): string =>
    decode(readZipPart(bytes, readZipDirectory(bytes), name, limit));

  it('lists the entries and reads stored and deflated ones', () => {
    expect(readZipDirectory(zip)).toMatchObject([
      { name: 'a.txt', encrypted: false, size: 6, localOffset: 0 },
      {
        name: 'dir/b.xml',
        encrypted: false,
        size: 3000,
        localOffset: localHeader(zip, 'dir/b.xml').at,
      },
    ]);
    expect(read(zip, 'a.txt', 100)).toBe('stored');
    expect(read(zip, 'dir/b.xml', 3000)).toBe('<x>'.repeat(1000));
  });

  it('reads a streamed zip (sizes after the data, as LibreOffice writes every part)', () => {
    const streamed = streamedZip(files);
    expect(localHeader(streamed, 'dir/b.xml').flags & 8).toBe(8);
    expect(localHeader(streamed, 'dir/b.xml').size).toBe(0);
    expect(read(streamed, 'a.txt', 100)).toBe('stored');
    expect(read(streamed, 'dir/b.xml', 3000)).toBe('<x>'.repeat(1000));
    const all = readZipParts(streamed, readZipDirectory(streamed), () => 1e6);
    expect([...all.keys()].sort()).toEqual(['a.txt', 'dir/b.xml']);
  });

  it('reads parts whose names are not flagged UTF-8 (a local code page, as old zip tools write)', () => {
    const gbk = [0xb1, 0xa8, 0xb8, 0xe6]; // 报告 in GBK
    const bytes = zipSync({ xxxx: strToU8('<r/>'), 'b.txt': strToU8('b') });
    const central = centralHeader(bytes, 'xxxx');
    const local = localHeader(bytes, 'xxxx').at;
    bytes.set(gbk, central + 46);
    bytes.set(gbk, local + 30);
    const directory = readZipDirectory(bytes);
    expect(directory[0]!.name).toHaveLength(4);
    const parts = readZipParts(bytes, directory, () => 100);
    expect([...parts.values()].map(decode)).toEqual(['<r/>', 'b']);
  });

  it('reads an empty part', () => {
    const files: Zippable = { 'e.txt': [new Uint8Array(0), { level: 0 }], 'f.txt': strToU8('f') };
    for (const bytes of [zipSync(files), streamedZip(files)]) {
      const parts = readZipParts(bytes, readZipDirectory(bytes), () => 10);
      expect([...parts.values()].map(decode)).toEqual(['', 'f']);
    }
  });

  it('takes a streamed part whole even when its data holds a descriptor’s signature', () => {
    const data = new Uint8Array(1000);
    data.set([0x50, 0x4b, 0x07, 0x08], 500); // PK 7 8, by chance in an image, say
    const streamed = streamedZip({ 'a.bin': [data, { level: 0 }], 'b.xml': strToU8('<b/>') });
    const parts = readZipParts(streamed, readZipDirectory(streamed), () => 1e6);
    expect(parts.get('a.bin')).toEqual(data);
    expect(decode(parts.get('b.xml'))).toBe('<b/>');
  });

  it('stops at the limit whatever the headers say, streamed or not', () => {
    for (const bytes of [zip, streamedZip(files)]) {
      const directory = readZipDirectory(bytes);
      expect(why(() => readZipPart(bytes, directory, 'dir/b.xml', 2999))).toBe('tooLarge');
      const lying = directory.map((e) => ({ ...e, size: 10 }));
      expect(why(() => readZipPart(bytes, lying, 'dir/b.xml', 2999))).toBe('tooLarge');
    }
  });

  it('stops a bomb whose directory and local header both lie', () => {
    const bomb = zipSync({ 'x.xml': new Uint8Array(40 * MB) }, { level: 9 });
    expect(bomb.length).toBeLessThan(MB);
    lieAboutSize(bomb, 'x.xml');
    expect(why(() => readZipPart(bomb, readZipDirectory(bomb), 'x.xml', 5 * MB))).toBe('tooLarge');
    // And over all parts together.
    const two = zipSync({ 'a.xml': new Uint8Array(3 * MB), 'b.xml': new Uint8Array(3 * MB) });
    expect(
      why(() => readZipParts(two, readZipDirectory(two), () => 4 * MB, { total: 5 * MB })),
    ).toBe('tooLarge');
    expect(readZipParts(two, readZipDirectory(two), () => 4 * MB, { keep: false }).size).toBe(0);
  });

  it('reads the part the directory points to, not a decoy of the same name before it', () => {
    const bytes = decoyBeforeBomb(
      { 'x.xml': strToU8('<x/>'), 'y.xml': strToU8('<y/>') },
      'x.xml',
      20 * MB,
    );
    const directory = readZipDirectory(bytes);
    expect(directory.map((e) => [e.name, e.size])).toEqual([
      ['x.xml', 20 * MB],
      ['y.xml', 4],
    ]);
    const onlyCounted = { total: 5 * MB, keep: false } as const;
    expect(why(() => readZipParts(bytes, directory, () => 50 * MB, onlyCounted))).toBe('tooLarge');
    const lying = directory.map((e) => ({ ...e, size: 4 }));
    expect(why(() => readZipParts(bytes, lying, () => 50 * MB, onlyCounted))).toBe('tooLarge');
    expect(read(bytes, 'y.xml', 100)).toBe('<y/>');
  });

  it('does not open a zip inside a zip (a nested bomb stays the bytes it is)', () => {
    const inner = zipSync({ 'deep.xml': new Uint8Array(20 * MB) }, { level: 9 });
    const outer = zipSync({ 'inner.zip': inner });
    const part = readZipPart(outer, readZipDirectory(outer), 'inner.zip', 2 * MB);
    expect(part).toEqual(inner);
  });

  it('refuses overlapping entries (a non-recursive bomb: one kernel listed many times)', () => {
    const bomb = overlappingBomb(
      Array.from({ length: 100 }, (_, i) => `k${i}`),
      10 * MB,
    );
    const directory = readZipDirectory(bomb);
    expect(directory).toHaveLength(100);
    expect(why(() => readZipParts(bomb, directory, () => 50 * MB, { total: 50 * MB }))).toBe(
      'corrupt',
    );
  });

  it('says what is wrong', () => {
    expect(why(() => readZipDirectory(strToU8('not a zip file at all, really')))).toBe('notZip');
    expect(why(() => readZipDirectory(zip.slice(0, zip.length - 30)))).toBe('corrupt');
    const locked = setEncrypted(zip.slice(), 'dir/b.xml');
    expect(readZipDirectory(locked)[1]!.encrypted).toBe(true);
    expect(why(() => read(locked, 'dir/b.xml', 1e6))).toBe('encrypted');
    expect(read(locked, 'a.txt', 1e6)).toBe('stored');
    const method = zip.slice();
    new DataView(method.buffer).setUint16(localHeader(method, 'dir/b.xml').at + 8, 14, true);
    expect(why(() => read(method, 'dir/b.xml', 1e6))).toBe('unsupported');
    const damaged = zip.slice();
    const data = localHeader(damaged, 'dir/b.xml').data;
    damaged.fill(0xff, data, data + 8);
    expect(why(() => read(damaged, 'dir/b.xml', 1e6))).toBe('corrupt');
  });

  it('refuses a streamed zip cut short, even when the part asked for is whole', () => {
    const streamed = streamedZip(files);
    const cut = streamed.slice(0, centralHeader(streamed, 'a.txt') + 10);
    expect(why(() => readZipDirectory(cut))).toBe('corrupt');
    const midData = streamed.slice(0, localHeader(streamed, 'dir/b.xml').data + 20);
    expect(why(() => readZipDirectory(midData))).toBe('corrupt');
  });
});
