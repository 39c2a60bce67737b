/**
 * The 汇总 page's file list, kept in IndexedDB so that it survives a reload and leaving the page.
 * A database of its own (`xxgk-nianbao-aggregate`, one record), apart from the drafts: the list
 * is a working set the user can clear at any time, and its shape can change without touching the
 * drafts database's version.
 *
 * The rows belong to the app (a read report, or a file refused with its reason): the store keeps
 * them as given and, on loading, hands each to the app's `readRow`, which keeps only what it still
 * recognises. Every method rejects with a StorageError when the browser fails.
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { StorageError, toStorageError } from './storage-error.ts';

export const AGGREGATE_DB_NAME = 'xxgk-nianbao-aggregate';
const KEY = 'current';

/** The draft a 汇总 run created: the next run offers to replace it. */
export interface SummedDraftRef {
  readonly draftId: string;
  readonly name: string;
}

export interface AggregateList<Row> {
  readonly rows: readonly Row[];
  /** The ids of the rows chosen to be summed. */
  readonly selected: readonly number[];
  /** The agency name typed for the summed report ('' = the default). */
  readonly agency: string;
  /** Only this year's files are shown and summed; null = every year. */
  readonly year: number | null;
  readonly lastSummed: SummedDraftRef | null;
}

/** Rows are saved as `Saved` (e.g. without what is recomputed) and loaded as `Row`. */
export interface AggregateListStore<Row, Saved = Row> {
  /** The saved list, or undefined when none is saved. */
  load(): Promise<AggregateList<Row> | undefined>;
  save(list: AggregateList<Saved>): Promise<void>;
  /** Forgets the list (the drafts are not touched). */
  clear(): Promise<void>;
  close(): void;
}

interface AggregateDb extends DBSchema {
  lists: { key: string; value: AggregateList<unknown> };
}

export interface OpenAggregateListOptions<Row> {
  /** A stored row as the app wants it, or undefined to drop it (e.g. saved by an older version). */
  readonly readRow: (value: unknown) => Row | undefined;
  readonly dbName?: string;
  /** Defaults to `globalThis.indexedDB`. */
  readonly indexedDB?: IDBFactory;
}

export async function openAggregateListStore<Row, Saved = Row>(
  options: OpenAggregateListOptions<Row>,
): Promise<AggregateListStore<Row, Saved>> {
  const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) throw new StorageError('unavailable', new Error('indexedDB is not available'));
  let db: IDBPDatabase<AggregateDb>;
  try {
    // idb's wrap is untyped as to the schema; the upgrade below creates exactly AggregateDb.
    db = wrap(
      await openRaw(factory, options.dbName ?? AGGREGATE_DB_NAME),
    ) as unknown as IDBPDatabase<AggregateDb>;
  } catch (e) {
    throw toStorageError(e);
  }
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (e) {
      throw toStorageError(e);
    }
  };
  return {
    load: () =>
      guard(async () => {
        const stored = await db.get('lists', KEY);
        return stored === undefined ? undefined : readList(stored, options.readRow);
      }),
    save: (list) => guard(() => db.put('lists', list, KEY).then(() => undefined)),
    clear: () => guard(() => db.delete('lists', KEY)),
    close: () => db.close(),
  };
}

function openRaw(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('lists');
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      event.preventDefault();
      reject(request.error ?? new Error(`opening ${name} failed`));
    };
    request.onblocked = () => reject(new StorageError('blocked'));
  });
}

/** What is left of a stored list once each part is checked; rows the app no longer reads are dropped. */
function readList<Row>(
  value: unknown,
  readRow: (value: unknown) => Row | undefined,
): AggregateList<Row> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<Record<keyof AggregateList<Row>, unknown>>;
  const rows = (Array.isArray(v.rows) ? v.rows : [])
    .map(readRow)
    .filter((r): r is Row => r !== undefined);
  const selected = Array.isArray(v.selected)
    ? v.selected.filter((id): id is number => Number.isInteger(id))
    : [];
  const last = v.lastSummed as Partial<SummedDraftRef> | null | undefined;
  return {
    rows,
    selected,
    agency: typeof v.agency === 'string' ? v.agency : '',
    year: Number.isInteger(v.year) ? (v.year as number) : null,
    lastSummed:
      last && typeof last.draftId === 'string' && typeof last.name === 'string'
        ? { draftId: last.draftId, name: last.name }
        : null,
  };
}
