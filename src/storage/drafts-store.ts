/**
 * The drafts in IndexedDB (through `idb`). Two object stores, always written together in one
 * transaction: `drafts` (the full DraftRecord) and `meta` (the DraftMeta the start page lists,
 * with the finding counts computed at save time, so listing never reads a report).
 *
 * Every method rejects with a StorageError when the browser fails, and only then; see DraftStore.
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { createEmptyReport, type Report } from '../domain/index.ts';
import {
  cleanDraftName,
  defaultDraftName,
  draftListStatus,
  compareDrafts,
  draftMeta,
  findingCounts,
  newDraftId,
  parseBackup,
  serializeBackup,
} from './draft-records.ts';
import type {
  DraftJournal,
  DraftMeta,
  DraftRecord,
  DraftStore,
  DraftUi,
  ImportBackupResult,
  NewDraftOptions,
  OpenDraftStoreOptions,
  SaveExtras,
  SaveResult,
} from './drafts-store.types.ts';
import { errorName, StorageError, toStorageError } from './storage-error.ts';

export const DEFAULT_DB_NAME = 'xxgk-nianbao';
/** 1: drafts, meta; 2: journal. */
const DB_VERSION = 2;
/** Some browsers never answer: the user hears about it within 3 s. */
const DEFAULT_OPEN_TIMEOUT_MS = 2_500;

interface DraftsDb extends DBSchema {
  drafts: { key: string; value: DraftRecord };
  meta: { key: string; value: DraftMeta };
  journal: { key: string; value: DraftJournal };
}

/** Opens (creating or upgrading) the drafts database; rejects with a StorageError when the browser refuses. */
export async function openDraftStore(options: OpenDraftStoreOptions = {}): Promise<DraftStore> {
  const factory = options.indexedDB ?? globalIndexedDb();
  if (!factory) throw new StorageError('unavailable', new Error('indexedDB is not available'));
  const raw = await openDatabase(
    factory,
    options.dbName ?? DEFAULT_DB_NAME,
    options.openTimeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS,
  );
  // idb's wrap is untyped as to the schema; the upgrade in openDatabase creates exactly DraftsDb.
  const db = wrap(raw) as unknown as IDBPDatabase<DraftsDb>;
  return new IdbDraftStore(db, raw, options);
}

/** Reading `indexedDB` itself throws in some browsers when storage is disabled. */
function globalIndexedDb(): IDBFactory | undefined {
  try {
    return (globalThis as { indexedDB?: IDBFactory }).indexedDB ?? undefined;
  } catch {
    return undefined;
  }
}

function openDatabase(factory: IDBFactory, name: string, timeoutMs: number): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    let settled = false;
    const fail = (error: StorageError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (error) {
      reject(
        new StorageError(
          errorName(error) === 'QuotaExceededError' ? 'quota' : 'unavailable',
          error,
        ),
      );
      return;
    }
    const timer = setTimeout(
      () =>
        fail(new StorageError('timeout', new Error(`opening IndexedDB took over ${timeoutMs} ms`))),
      timeoutMs,
    );
    request.onupgradeneeded = (event) => {
      const db = request.result;
      if (event.oldVersion < 1) {
        db.createObjectStore('drafts', { keyPath: 'id' });
        db.createObjectStore('meta', { keyPath: 'id' });
      }
      if (event.oldVersion < 2) db.createObjectStore('journal', { keyPath: 'id' });
    };
    request.onsuccess = () => {
      const db = request.result;
      // Opened after we gave up (blocked, timed out): let go of it at once.
      if (settled) {
        db.close();
        return;
      }
      settled = true;
      clearTimeout(timer);
      resolve(db);
    };
    request.onerror = (event) => {
      event.preventDefault();
      const error = request.error;
      const kind = errorName(error);
      if (kind === 'VersionError') {
        fail(
          new StorageError(
            'unavailable',
            error,
            '浏览器中的草稿库由更新版本的本工具创建，当前版本无法打开。请改用最新版本的本工具（草稿仍完好保存在浏览器中）。',
          ),
        );
      } else fail(new StorageError(kind === 'QuotaExceededError' ? 'quota' : 'unavailable', error));
    };
    request.onblocked = () =>
      fail(
        new StorageError('blocked', new Error('IndexedDB open is blocked by another connection')),
      );
  });
}

/** Whether a backup draft is exactly what is stored (same name, revision, time and report). */
function sameDraft(a: DraftRecord, b: DraftRecord): boolean {
  return (
    a.name === b.name &&
    a.revision === b.revision &&
    a.updatedAt === b.updatedAt &&
    deepEqual(a.report, b.report)
  );
}

/** Structural equality of JSON-like values; key order does not matter, an undefined property equals a missing one. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of keys) if (!deepEqual(ra[key], rb[key])) return false;
  return true;
}

class IdbDraftStore implements DraftStore {
  private closed = false;
  private readonly now: () => number;

  constructor(
    private readonly db: IDBPDatabase<DraftsDb>,
    private readonly raw: IDBDatabase,
    options: OpenDraftStoreOptions,
  ) {
    this.now = options.now ?? Date.now;
    const lost = () => {
      if (this.closed) return;
      this.closed = true;
      options.onClosed?.();
    };
    // A newer version of the app in another tab wants to upgrade: step aside rather than block it.
    raw.addEventListener('versionchange', () => {
      raw.close();
      lost();
    });
    // Fired only when the browser closes the connection abnormally.
    raw.addEventListener('close', lost);
  }

  /** Runs a storage operation, turning every failure into a StorageError. */
  private async run<T>(operation: () => Promise<T>): Promise<T> {
    if (this.closed) throw new StorageError('closed');
    try {
      return await operation();
    } catch (error) {
      throw toStorageError(error);
    }
  }

  list(): Promise<DraftMeta[]> {
    return this.run(async () => {
      const metas = await this.db.getAll('meta');
      // Entries written before the list showed the status: computed once from their records.
      const old = metas.filter((m) => m.status === undefined);
      if (old.length > 0) {
        const records = await Promise.all(old.map((m) => this.db.get('drafts', m.id)));
        records.forEach((record, i) => {
          if (record) old[i]!.status = draftListStatus(record.report, record.pending);
        });
      }
      return metas.sort(compareDrafts);
    });
  }

  get(id: string): Promise<DraftRecord | undefined> {
    return this.run(() => this.db.get('drafts', id));
  }

  create({ agency, year, name }: NewDraftOptions): Promise<DraftRecord> {
    const report = createEmptyReport({ agency: agency.trim(), year });
    return this.createFrom(report, name);
  }

  createFrom(report: Report, name?: string): Promise<DraftRecord> {
    const now = this.now();
    const record: DraftRecord = {
      id: newDraftId(),
      name: cleanDraftName(name, report),
      report,
      createdAt: now,
      updatedAt: now,
      revision: 1,
      ui: {},
    };
    return this.addRecord(record, draftMeta(record));
  }

  private addRecord(record: DraftRecord, meta: DraftMeta): Promise<DraftRecord> {
    return this.run(async () => {
      const tx = this.db.transaction(['drafts', 'meta'], 'readwrite');
      await Promise.all([
        tx.objectStore('drafts').add(record),
        tx.objectStore('meta').put(meta),
        tx.done,
      ]);
      return record;
    });
  }

  save(
    id: string,
    report: Report,
    baseRevision: number,
    extras: SaveExtras = {},
  ): Promise<SaveResult> {
    // Counted before the transaction opens (the checker is synchronous, but keep transactions short).
    const counts = extras.counts ?? findingCounts(report);
    const status =
      extras.status ??
      (extras.pending !== undefined ? draftListStatus(report, extras.pending) : undefined);
    return this.run(async (): Promise<SaveResult> => {
      const tx = this.db.transaction(['drafts', 'meta', 'journal'], 'readwrite');
      const drafts = tx.objectStore('drafts');
      const current = await drafts.get(id);
      if (!current) {
        await tx.done;
        return { ok: false, reason: 'missing' };
      }
      if (current.revision !== baseRevision) {
        await tx.done;
        return { ok: false, reason: 'conflict', current };
      }
      const updatedAt = Math.max(this.now(), current.updatedAt);
      const pending = extras.pending ?? current.pending;
      // A name that is the default one follows the agency and year (edited in the editor).
      const name =
        current.name === defaultDraftName(current.report.agency, current.report.year)
          ? cleanDraftName(undefined, report)
          : current.name;
      const next: DraftRecord = {
        id: current.id,
        name,
        createdAt: current.createdAt,
        report,
        updatedAt,
        revision: current.revision + 1,
        ui: extras.ui ?? current.ui,
        ...(pending && Object.keys(pending).length > 0 ? { pending } : {}),
        ...(extras.writer !== undefined ? { writer: extras.writer } : {}),
      };
      const meta = draftMeta(next, counts, status);
      // A journal entry is older than this save: it must not be applied over it.
      await Promise.all([
        drafts.put(next),
        tx.objectStore('meta').put(meta),
        tx.objectStore('journal').delete(id),
        tx.done,
      ]);
      return { ok: true, revision: next.revision, updatedAt };
    });
  }

  writeJournal(entry: DraftJournal): void {
    if (this.closed) return;
    try {
      // The raw API: the put is issued before this returns, and commit() sends it at once.
      const tx = this.raw.transaction('journal', 'readwrite');
      tx.objectStore('journal').put(entry);
      tx.onerror = (event) => event.preventDefault();
      tx.commit();
    } catch (error) {
      console.error('xxgk-nianbao: writing the journal failed', error);
    }
  }

  readJournal(id: string): Promise<DraftJournal | undefined> {
    return this.run(() => this.db.get('journal', id));
  }

  saveUi(id: string, ui: DraftUi): Promise<boolean> {
    return this.run(async () => {
      const tx = this.db.transaction('drafts', 'readwrite');
      const current = await tx.store.get(id);
      if (!current) {
        await tx.done;
        return false;
      }
      await Promise.all([tx.store.put({ ...current, ui }), tx.done]);
      return true;
    });
  }

  duplicate(id: string): Promise<DraftRecord | undefined> {
    return this.run(async () => {
      const tx = this.db.transaction(['drafts', 'meta'], 'readwrite');
      const drafts = tx.objectStore('drafts');
      const meta = tx.objectStore('meta');
      const [source, sourceMeta] = await Promise.all([drafts.get(id), meta.get(id)]);
      if (!source) {
        await tx.done;
        return undefined;
      }
      const now = this.now();
      const copy: DraftRecord = {
        ...source,
        id: newDraftId(),
        name: `${source.name}（副本）`,
        createdAt: now,
        updatedAt: now,
        revision: 1,
      };
      const copyMeta: DraftMeta = sourceMeta
        ? {
            ...sourceMeta,
            id: copy.id,
            name: copy.name,
            createdAt: now,
            updatedAt: now,
            revision: 1,
          }
        : draftMeta(copy);
      await Promise.all([drafts.add(copy), meta.put(copyMeta), tx.done]);
      return copy;
    });
  }

  rename(id: string, name: string): Promise<boolean> {
    return this.run(async () => {
      const tx = this.db.transaction(['drafts', 'meta'], 'readwrite');
      const drafts = tx.objectStore('drafts');
      const meta = tx.objectStore('meta');
      const [current, currentMeta] = await Promise.all([drafts.get(id), meta.get(id)]);
      if (!current) {
        await tx.done;
        return false;
      }
      const updatedAt = Math.max(this.now(), current.updatedAt);
      const next: DraftRecord = {
        ...current,
        name: cleanDraftName(name, current.report),
        updatedAt,
      };
      const nextMeta: DraftMeta = currentMeta
        ? { ...currentMeta, name: next.name, updatedAt }
        : draftMeta(next);
      await Promise.all([drafts.put(next), meta.put(nextMeta), tx.done]);
      return true;
    });
  }

  remove(id: string): Promise<boolean> {
    return this.run(async () => {
      const tx = this.db.transaction(['drafts', 'meta', 'journal'], 'readwrite');
      const drafts = tx.objectStore('drafts');
      const existed = (await drafts.getKey(id)) !== undefined;
      await Promise.all([
        drafts.delete(id),
        tx.objectStore('meta').delete(id),
        tx.objectStore('journal').delete(id),
        tx.done,
      ]);
      return existed;
    });
  }

  exportBackup(): Promise<string> {
    return this.run(async () => {
      const records = (await this.db.getAll('drafts')).sort(compareDrafts);
      return serializeBackup(records, new Date(this.now()));
    });
  }

  async importBackup(text: string): Promise<ImportBackupResult> {
    const parsed = parseBackup(text, this.now());
    if (!parsed.ok) return parsed;
    // Counted before the transaction (many reports may take a while).
    const incoming = parsed.drafts.map((record) => ({ record, meta: draftMeta(record) }));
    return this.run(async (): Promise<ImportBackupResult> => {
      const tx = this.db.transaction(['drafts', 'meta'], 'readwrite');
      const drafts = tx.objectStore('drafts');
      const meta = tx.objectStore('meta');
      // Read everything first, then issue all writes at once (no write promise left unobserved).
      const existing = await Promise.all(incoming.map(({ record }) => drafts.get(record.id)));
      const taken = new Set<string>();
      const writes: { record: DraftRecord; meta: DraftMeta }[] = [];
      let skipped = 0;
      incoming.forEach(({ record, meta: recordMeta }, i) => {
        const stored = existing[i];
        if (stored && !taken.has(record.id) && sameDraft(stored, record)) {
          skipped++;
          taken.add(record.id);
          return;
        }
        if (stored || taken.has(record.id)) {
          const id = newDraftId();
          const name = `${record.name}（恢复）`;
          writes.push({ record: { ...record, id, name }, meta: { ...recordMeta, id, name } });
          taken.add(id);
          return;
        }
        taken.add(record.id);
        writes.push({ record, meta: recordMeta });
      });
      await Promise.all([
        ...writes.flatMap((w) => [drafts.add(w.record), meta.put(w.meta)]),
        tx.done,
      ]);
      return { ok: true, added: writes.length, skipped, rejected: parsed.rejected };
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}
