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
