import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { openAggregateListStore, type AggregateListStore } from './index.ts';

interface Row {
  readonly id: number;
  readonly name: string;
}
const readRow = (value: unknown): Row | undefined => {
  const v = value as Partial<Row> | null;
  return v && Number.isInteger(v.id) && typeof v.name === 'string'
    ? { id: v.id!, name: v.name }
    : undefined;
};

const opened: AggregateListStore<unknown>[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

async function open<R = Row>(
  indexedDB: IDBFactory,
  read = readRow as (v: unknown) => R | undefined,
) {
  const store = await openAggregateListStore<R>({ indexedDB, readRow: read });
  opened.push(store as AggregateListStore<unknown>);
  return store;
}

const list = {
  rows: [
    { id: 1, name: 'a.json' },
    { id: 2, name: 'b.pdf' },
  ],
  selected: [1],
  agency: '某某县人民政府办公室',
  year: 2025,
  lastSummed: { draftId: 'd1', name: '汇总' },
};

describe('the 汇总 list store', () => {
  it('has nothing saved at first', async () => {
    expect(await (await open(new IDBFactory())).load()).toBeUndefined();
  });

  it('keeps the list across connections (a reload) until cleared', async () => {
    const indexedDB = new IDBFactory();
    const first = await open(indexedDB);
    await first.save(list);
    first.close();
    const second = await open(indexedDB);
    expect(await second.load()).toEqual(list);
    await second.clear();
    expect(await second.load()).toBeUndefined();
  });

  it('drops rows the app no longer reads and repairs a damaged list', async () => {
    const indexedDB = new IDBFactory();
    const loose = await open<unknown>(indexedDB, (v) => v);
    await loose.save({
      rows: [{ id: 1, name: 'a.json' }, { id: 'x' }, null],
      selected: [1, 'two', 2.5],
      agency: 7,
      year: '2025',
      lastSummed: { draftId: 3 },
    } as never);
    loose.close();
    expect(await (await open(indexedDB)).load()).toEqual({
      rows: [{ id: 1, name: 'a.json' }],
      selected: [1],
      agency: '',
      year: null,
      lastSummed: null,
    });
  });

  it('rejects with a StorageError when closed', async () => {
    const store = await open(new IDBFactory());
    store.close();
    await expect(store.save(list)).rejects.toMatchObject({ name: 'StorageError' });
  });
});
