import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixture, withCells } from '../../domain/test-support/fixtures.ts';
import { readRow, restoreRow, savedRow } from './aggregate-rows.ts';

const file = (name: string, value: unknown) =>
  new File([JSON.stringify(value)], name, { type: 'application/json' });

describe('a 汇总 row kept in the browser', () => {
  it('comes back as it was read, its checks made again', async () => {
    const report = withCells(loadFixture('mfa-2024'), { 'requests.newReceived.naturalPerson': 1 });
    const row = await readRow(3, file('a.json', report));
    expect(row.ok).toBe(true);
    const kept = structuredClone(savedRow(row));
    expect(kept).not.toHaveProperty('findings');
    expect(restoreRow(kept)).toEqual(row);
  });

  it('keeps a refused file with its reason', async () => {
    const row = await readRow(4, new File(['{'], 'broken.json'));
    expect(row.ok).toBe(false);
    expect(restoreRow(structuredClone(savedRow(row)))).toEqual(row);
  });

  it('keeps the import notes this version can word, and drops those it cannot', async () => {
    const seed = path.resolve(process.cwd(), '../shared/fixtures/seeds/mfa-2024.txt');
    const row = await readRow(5, new File([readFileSync(seed, 'utf8')], 'a.txt'));
    if (!row.ok) throw new Error(row.reason);
    expect(row.kind).toBe('text');
    expect(row.importFindings.map((f) => f.code)).toContain('import.format.labels');
    const kept = structuredClone(savedRow(row));
    expect(restoreRow(kept)).toEqual(row);

    const stored = kept as Extract<typeof kept, { ok: true }>;
    const restored = restoreRow({
      ...stored,
      importFindings: [
        // Saved before notes had codes and parameters: a sentence only.
        { code: 'import.table.pageNumber', severity: 'info', message: '第 4 行单独的“7”看作页码' },
        ...stored.importFindings,
        // A known code without the parameters its sentence needs.
        { code: 'import.pdf.rotatedText', severity: 'info', cells: [], params: {} },
        // A code of a newer version.
        { code: 'import.future.thing', severity: 'warning', cells: [], params: { count: 1 } },
        'import.table.pageNumber',
      ],
    });
    expect(restored).toEqual(row);
  });

  it('drops what it does not recognise', () => {
    expect(restoreRow(null)).toBeUndefined();
    expect(
      restoreRow({
        id: 1,
        name: 'a.json',
        kind: 'json',
        ok: true,
        report: { x: 1 },
        importFindings: [],
      }),
    ).toBeUndefined();
    expect(
      restoreRow({ id: 'one', name: 'a.json', kind: 'json', ok: false, reason: '…' }),
    ).toBeUndefined();
    expect(
      restoreRow({ id: 1, name: 'a.json', kind: 'exe', ok: false, reason: '…' }),
    ).toBeUndefined();
  });
});
