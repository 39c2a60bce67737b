import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkReport,
  createEmptyReport,
  MAX_NARRATIVE_LENGTH,
  reportStatus,
  summarizeFindings,
  type Report,
} from '../domain/index.ts';
import { loadFixture, withCells } from '../domain/test-support/fixtures.ts';
import { BACKUP_SCHEMA_ID, openDraftStore, StorageError, type DraftStore } from './index.ts';

const opened: DraftStore[] = [];

/** A fresh, isolated database per test; `tabs` stores on it simulate tabs of one browser. */
async function setup(tabs = 1) {
  const indexedDB = new IDBFactory();
  let t = 1_700_000_000_000;
  const now = () => (t += 1000);
  const stores: DraftStore[] = [];
  for (let i = 0; i < tabs; i++) {
    const store = await openDraftStore({ indexedDB, now });
    opened.push(store);
    stores.push(store);
  }
  return { indexedDB, now, stores, store: stores[0]! };
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

/** A copy with one leaf cell changed, to make a report distinguishable. */
const edited = (report: Report, value: number): Report =>
  withCells(report, { 'requests.newReceived.naturalPerson': value });

describe('create, list, get', () => {
  it('creates an empty report whose format follows the year, with the default name', async () => {
    const { store } = await setup();
    const a = await store.create({ agency: '某某市教育局', year: 2024 });
    const b = await store.create({ agency: '某某市教育局', year: 2020, name: '  旧格式  ' });
    expect(a).toMatchObject({ name: '某某市教育局2024年报告', revision: 1, ui: {} });
    expect(a.report).toEqual(createEmptyReport({ agency: '某某市教育局', year: 2024 }));
    expect(b.report.format).toBe('2019');
    expect(b.name).toBe('旧格式');
    expect(await store.get(a.id)).toEqual(a);
    expect(await store.get('nope')).toBeUndefined();
  });

  it('lists newest first with agency, year, format and open counts', async () => {
    const { store } = await setup();
    const first = await store.create({ agency: '甲局', year: 2024 });
    const broken = edited(loadFixture('mfa-2024'), 99999);
    const second = await store.createFrom(broken);
    const list = await store.list();
    expect(list.map((m) => m.id)).toEqual([second.id, first.id]);
    expect(list[0]).toMatchObject({
      name: '外交部2024年报告',
      agency: '外交部',
      year: 2024,
      format: '2021',
      errors: 2,
      warnings: 1,
    });
    const expected = summarizeFindings(checkReport(broken, { mode: 'draft' }));
    expect(list[0]).toMatchObject({ errors: expected.errors, warnings: expected.warnings });
    expect(list[1]).toMatchObject({ errors: 0, warnings: 0, revision: 1 });
    // The one status: an empty report is not 可以导出, whatever its open counts.
    const empty = reportStatus(first.report);
    expect(list[1]!.status).toEqual({ label: empty.label, exportable: false, ready: false });
    expect(list[1]!.status?.label).toMatch(/^表二还差 \d+ 格 · /);
    expect(list[0]!.status?.label).toBe(reportStatus(broken).label);

    // Saving moves a draft to the top and recounts.
    await store.save(first.id, first.report, 1);
    expect((await store.list()).map((m) => m.id)).toEqual([first.id, second.id]);
    await store.save(second.id, loadFixture('mfa-2024'), 1);
    const after = await store.list();
    expect(after.map((m) => m.id)).toEqual([second.id, first.id]);
    expect(after[0]).toMatchObject({ errors: 0, warnings: 0, revision: 2 });
  });
});

describe('save', () => {
  it('bumps the revision and stores report and ui', async () => {
    const { store } = await setup();
    const draft = await store.create({ agency: '甲局', year: 2024 });
    const result = await store.save(draft.id, edited(draft.report, 7), 1, {
      ui: { section: 'requests' },
    });
    expect(result).toMatchObject({ ok: true, revision: 2 });
    const stored = await store.get(draft.id);
    expect(stored?.revision).toBe(2);
    expect(stored?.ui).toEqual({ section: 'requests' });
    expect(stored?.report.requests.newReceived.naturalPerson).toBe(7);
    if (result.ok) expect(stored?.updatedAt).toBe(result.updatedAt);
    // ui is kept when not given
    await store.save(draft.id, edited(draft.report, 8), 2);
    expect((await store.get(draft.id))?.ui).toEqual({ section: 'requests' });
  });

  it('refuses a stale revision from a second tab and overwrites nothing', async () => {
    const { stores } = await setup(2);
    const [tabA, tabB] = [stores[0]!, stores[1]!];
    const draft = await tabA.create({ agency: '甲局', year: 2024 });
    const opened = await tabB.get(draft.id);
    expect(opened?.revision).toBe(1);

    expect(await tabA.save(draft.id, edited(draft.report, 1), 1)).toMatchObject({
      ok: true,
      revision: 2,
    });
    const conflict = await tabB.save(draft.id, edited(draft.report, 2), opened!.revision);
    expect(conflict.ok).toBe(false);
    if (conflict.ok || conflict.reason !== 'conflict') throw new Error('expected a conflict');
    expect(conflict.current.revision).toBe(2);
    expect(conflict.current.report.requests.newReceived.naturalPerson).toBe(1);
    expect((await tabA.get(draft.id))?.report.requests.newReceived.naturalPerson).toBe(1);

    // Tab B may overwrite deliberately, from the revision it was shown.
    expect(
      await tabB.save(draft.id, edited(draft.report, 2), conflict.current.revision),
    ).toMatchObject({ ok: true, revision: 3 });
    expect((await tabA.get(draft.id))?.report.requests.newReceived.naturalPerson).toBe(2);
  });

  it('reports a draft deleted meanwhile as missing and does not recreate it', async () => {
    const { stores } = await setup(2);
    const draft = await stores[0]!.create({ agency: '甲局', year: 2024 });
    expect(await stores[0]!.remove(draft.id)).toBe(true);
    expect(await stores[1]!.save(draft.id, draft.report, 1)).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(await stores[1]!.list()).toEqual([]);
  });

  it('saveUi does not bump the revision or the edit time', async () => {
    const { store } = await setup();
    const draft = await store.create({ agency: '甲局', year: 2024 });
    expect(await store.saveUi(draft.id, { section: 'reviews' })).toBe(true);
    const stored = await store.get(draft.id);
    expect(stored).toMatchObject({
      revision: 1,
      updatedAt: draft.updatedAt,
      ui: { section: 'reviews' },
    });
    expect(await store.save(draft.id, draft.report, 1)).toMatchObject({ ok: true, revision: 2 });
    expect(await store.saveUi('nope', {})).toBe(false);
  });
});

describe('duplicate, rename, remove', () => {
  it('duplicates under a new id with （副本）, revision 1', async () => {
    const { store } = await setup();
    const draft = await store.createFrom(loadFixture('mfa-2024'));
    await store.saveUi(draft.id, { section: 'active' });
    const copy = await store.duplicate(draft.id);
    expect(copy).toBeDefined();
    expect(copy!.id).not.toBe(draft.id);
    expect(copy).toMatchObject({
      name: '外交部2024年报告（副本）',
      revision: 1,
      ui: { section: 'active' },
    });
    expect(copy!.report).toEqual(draft.report);
    const list = await store.list();
    expect(list.map((m) => m.id)).toEqual([copy!.id, draft.id]);
    expect(list[0]).toMatchObject({ agency: '外交部', errors: 0, warnings: 0 });
    expect(await store.duplicate('nope')).toBeUndefined();
  });

  it('renames without touching the revision; a blank name becomes the default', async () => {
    const { store } = await setup();
    const draft = await store.create({ agency: '甲局', year: 2024 });
    expect(await store.rename(draft.id, ' 初稿 ')).toBe(true);
    expect(await store.get(draft.id)).toMatchObject({ name: '初稿', revision: 1 });
    expect((await store.list())[0]!.name).toBe('初稿');
    await store.rename(draft.id, '   ');
    expect((await store.get(draft.id))?.name).toBe('甲局2024年报告');
    expect(await store.rename('nope', 'x')).toBe(false);
    // A save after a rename keeps the new name.
    await store.rename(draft.id, '二稿');
    await store.save(draft.id, draft.report, 1);
    expect((await store.get(draft.id))?.name).toBe('二稿');
  });

  it('removes record and list entry', async () => {
    const { store } = await setup();
    const a = await store.create({ agency: '甲局', year: 2024 });
    const b = await store.create({ agency: '乙局', year: 2024 });
    expect(await store.remove(a.id)).toBe(true);
    expect(await store.remove(a.id)).toBe(false);
    expect(await store.get(a.id)).toBeUndefined();
    expect((await store.list()).map((m) => m.id)).toEqual([b.id]);
  });
});

describe('backup', () => {
  it('round-trips every draft into a fresh database', async () => {
    const { store } = await setup();
    const a = await store.createFrom(loadFixture('mfa-2024'), '外交部 2024');
    const b = await store.createFrom(loadFixture('mfa-2020'));
    await store.saveUi(b.id, { section: 'reviews' });
    await store.save(a.id, edited(a.report, 3), 1);
    const text = await store.exportBackup();
    const file = JSON.parse(text) as { schema: string; exportedAt: string; drafts: unknown[] };
    expect(file.schema).toBe(BACKUP_SCHEMA_ID);
    expect(Number.isNaN(Date.parse(file.exportedAt))).toBe(false);
    expect(file.drafts).toHaveLength(2);

    const { store: fresh } = await setup();
    expect(await fresh.importBackup(text)).toEqual({
      ok: true,
      added: 2,
      skipped: 0,
      rejected: [],
    });
    for (const original of [a, b]) {
      const before = await store.get(original.id);
      const after = await fresh.get(original.id);
      expect(after).toEqual(before);
    }
    expect(await fresh.list()).toEqual(await store.list());

    // Restoring the same backup again adds nothing.
    expect(await fresh.importBackup(text)).toEqual({
      ok: true,
      added: 0,
      skipped: 2,
      rejected: [],
    });
  });

  it('gives a draft whose id is taken by different content a new id instead of overwriting', async () => {
    const { store } = await setup();
    const draft = await store.create({ agency: '甲局', year: 2024 });
    const backup = await store.exportBackup();
    await store.save(draft.id, edited(draft.report, 9), 1);
    expect(await store.importBackup(backup)).toEqual({
      ok: true,
      added: 1,
      skipped: 0,
      rejected: [],
    });
    const list = await store.list();
    expect(list).toHaveLength(2);
    expect((await store.get(draft.id))?.report.requests.newReceived.naturalPerson).toBe(9);
    const restored = list.find((m) => m.id !== draft.id)!;
    expect(restored.name).toBe('甲局2024年报告（恢复）');
    expect((await store.get(restored.id))?.report).toEqual(draft.report);
  });

  it('rejects what is not a backup, with a Chinese message, writing nothing', async () => {
    const { store } = await setup();
    await store.create({ agency: '甲局', year: 2024 });
    const before = await store.list();
    const cases: [string, RegExp][] = [
      ['{ not json', /不是有效的备份文件/],
      ['', /文件是空的/],
      [JSON.stringify({ schema: 'other/1', drafts: [] }), /不是本工具的草稿备份文件/],
      [JSON.stringify(loadFixture('mfa-2024')), /这是一份报告文件/],
      [JSON.stringify({ schema: BACKUP_SCHEMA_ID }), /缺少草稿列表/],
    ];
    for (const [text, message] of cases) {
      const result = await store.importBackup(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    }
    expect(await store.list()).toEqual(before);
  });

  it('restores draft by draft: two good drafts come back, the over-long one is named with its reason', async () => {
    const { store } = await setup();
    await store.createFrom(loadFixture('mfa-2024'), '好的一份');
    const long = await store.createFrom(loadFixture('mfa-2020'), '太长的一份');
    await store.createFrom(loadFixture('mfa-2024'), '另一份');
    const file = JSON.parse(await store.exportBackup()) as {
      drafts: { id: string; name: string; report: { narrative?: Record<string, string> } }[];
    };
    const longEntry = file.drafts.find((d) => d.id === long.id)!;
    longEntry.report.narrative = { overview: '字'.repeat(MAX_NARRATIVE_LENGTH + 1) };
    const position = file.drafts.indexOf(longEntry) + 1;

    const { store: fresh } = await setup();
    const existing = await fresh.create({ agency: '已有局', year: 2025 });
    const result = await fresh.importBackup(JSON.stringify(file));
    expect(result).toMatchObject({ ok: true, added: 2, skipped: 0 });
    if (!result.ok) return;
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toContain(`第 ${position} 份草稿“太长的一份”未恢复`);
    expect(result.rejected[0]).toContain('narrative.overview');
    expect(result.rejected[0]).toContain(`文字过长（最多 ${MAX_NARRATIVE_LENGTH} 字）`);
    const names = (await fresh.list()).map((m) => m.name).sort();
    expect(names).toEqual(['另一份', '好的一份', '已有局2025年报告'].sort());
    expect(await fresh.get(existing.id)).toEqual(existing);
  });

  it('restores every backup the app writes, even at the longest narrative and with pending texts', async () => {
    const { store } = await setup();
    const draft = await store.createFrom(loadFixture('mfa-2024'), '最长的一份');
    const longest = '字'.repeat(MAX_NARRATIVE_LENGTH);
    const report = {
      ...draft.report,
      narrative: { preamble: longest, overview: longest, problems: longest, other: longest },
    };
    const pending = {
      'requests.newReceived.naturalPerson': { text: 'abc', message: '请输入数字' },
      'requests.newReceived.commercial': { text: '12' },
    };
    await store.save(draft.id, report, 1, { pending });
    const { store: fresh } = await setup();
    expect(await fresh.importBackup(await store.exportBackup())).toEqual({
      ok: true,
      added: 1,
      skipped: 0,
      rejected: [],
    });
    expect(await fresh.get(draft.id)).toEqual(await store.get(draft.id));
    expect((await fresh.get(draft.id))?.pending).toEqual(pending);
  });

  it('fills in missing metadata but never a report', async () => {
    const { store } = await setup();
    const report = loadFixture('mfa-2024');
    const text = JSON.stringify({
      schema: BACKUP_SCHEMA_ID,
      exportedAt: '2025-01-02T03:04:05.000Z',
      drafts: [{ report }],
    });
    expect(await store.importBackup(text)).toEqual({
      ok: true,
      added: 1,
      skipped: 0,
      rejected: [],
    });
    const [meta] = await store.list();
    expect(meta).toMatchObject({
      name: '外交部2024年报告',
      revision: 1,
      updatedAt: Date.parse('2025-01-02T03:04:05.000Z'),
    });
    expect((await store.get(meta!.id))?.report).toEqual(report);
  });
});

describe('journal and pending texts', () => {
  it('keeps pending texts with the report, and a save with none clears them', async () => {
    const { store } = await setup();
    const draft = await store.create({ agency: '甲局', year: 2024 });
    const pending = {
      'requests.newReceived.naturalPerson': { text: 'abc', message: '请输入数字' },
    };
    await store.save(draft.id, draft.report, 1, { pending, writer: 'w1' });
    expect(await store.get(draft.id)).toMatchObject({ revision: 2, pending, writer: 'w1' });
    await store.save(draft.id, draft.report, 2, { pending: {} });
    const after = await store.get(draft.id);
    expect(after?.pending).toBeUndefined();
    expect(after?.writer).toBeUndefined();
  });

  it('writes a journal entry synchronously, and the next save of the draft removes it', async () => {
    const { store } = await setup();
    const draft = await store.create({ agency: '甲局', year: 2024 });
    const entry = {
      id: draft.id,
      writer: 'w1',
      baseRevision: 1,
      report: edited(draft.report, 4),
      pending: { 'requests.newReceived.commercial': { text: '5' } },
      at: 1,
    };
    store.writeJournal(entry);
    expect(await store.readJournal(draft.id)).toEqual(entry);
    await store.save(draft.id, entry.report, 1);
    expect(await store.readJournal(draft.id)).toBeUndefined();
  });

  it('opens a database written by the first version, records without pending texts included', async () => {
    const indexedDB = new IDBFactory();
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('xxgk-nianbao', 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('drafts', { keyPath: 'id' });
        request.result.createObjectStore('meta', { keyPath: 'id' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const report = createEmptyReport({ agency: '旧局', year: 2024 });
    const record = {
      id: 'old',
      name: '旧',
      report,
      createdAt: 1,
      updatedAt: 1,
      revision: 3,
      ui: {},
    };
    await new Promise<void>((resolve) => {
      const tx = old.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put(record);
      tx.oncomplete = () => resolve();
    });
    old.close();
    const store = await openDraftStore({ indexedDB });
    opened.push(store);
    expect(await store.get('old')).toEqual(record);
    expect(await store.readJournal('old')).toBeUndefined();
    expect(await store.save('old', edited(report, 1), 3)).toMatchObject({ ok: true, revision: 4 });
  });
});

describe('storage failures', () => {
  it('fails with a Chinese StorageError when the browser has no IndexedDB', async () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
    Object.defineProperty(globalThis, 'indexedDB', {
      value: undefined,
      configurable: true,
      writable: true,
    });
    try {
      const error: unknown = await openDraftStore().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).kind).toBe('unavailable');
      expect((error as StorageError).message).toMatch(/^浏览器拒绝保存草稿（存储空间已满或被禁用/);
    } finally {
      if (saved) Object.defineProperty(globalThis, 'indexedDB', saved);
    }
  });

  it('fails with StorageError when open() throws or errors', async () => {
    const throwing = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(openDraftStore({ indexedDB: throwing })).rejects.toMatchObject({
      name: 'StorageError',
      kind: 'unavailable',
    });

    // A database from a newer version of the app.
    const indexedDB = new IDBFactory();
    await new Promise<void>((resolve) => {
      const request = indexedDB.open('xxgk-nianbao', 99);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    const error: unknown = await openDraftStore({ indexedDB }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).message).toContain('更新版本');
  });

  it('fails with StorageError when open() is blocked or never answers', async () => {
    /** An IDBFactory whose open request only ever fires `event` (or nothing). */
    const factoryFiring = (event?: 'onblocked') =>
      ({
        open: () => {
          const request: Record<string, unknown> = {};
          if (event) queueMicrotask(() => (request[event] as () => void)());
          return request;
        },
      }) as unknown as IDBFactory;
    const blocked: unknown = await openDraftStore({ indexedDB: factoryFiring('onblocked') }).catch(
      (e: unknown) => e,
    );
    expect(blocked).toMatchObject({ name: 'StorageError', kind: 'blocked' });
    expect((blocked as StorageError).message).toContain('请关闭本工具的其他标签页');
    await expect(
      openDraftStore({ indexedDB: factoryFiring(), openTimeoutMs: 20 }),
    ).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('closes when a newer version elsewhere needs the database, and rejects later calls with StorageError', async () => {
    const indexedDB = new IDBFactory();
    let closedCalls = 0;
    const store = await openDraftStore({ indexedDB, onClosed: () => closedCalls++ });
    opened.push(store);
    await store.create({ agency: '甲局', year: 2024 });
    // A newer app version opens version 3: our connection steps aside instead of blocking it.
    const upgraded = await new Promise<string>((resolve) => {
      const request = indexedDB.open('xxgk-nianbao', 3);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => {
        request.result.close();
        resolve('opened');
      };
    });
    expect(upgraded).toBe('opened');
    expect(closedCalls).toBe(1);
    await expect(store.list()).rejects.toMatchObject({ name: 'StorageError', kind: 'closed' });
  });

  it('maps a quota failure during a write to StorageError(quota)', async () => {
    const { store, indexedDB } = await setup();
    const draft = await store.create({ agency: '甲局', year: 2024 });
    // Make every put fail as a full disk would.
    const proto = Object.getPrototypeOf((await rawStore(indexedDB)).objectStore) as {
      put: (...args: unknown[]) => unknown;
    };
    const put = proto.put;
    proto.put = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const error: unknown = await store
        .save(draft.id, edited(draft.report, 1), 1)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).kind).toBe('quota');
      expect((error as StorageError).message).toContain('存储空间已满');
      expect((error as StorageError).cause).toBeInstanceOf(DOMException);
    } finally {
      proto.put = put;
    }
    expect((await store.get(draft.id))?.revision).toBe(1);
  });
});

/** An IDBObjectStore instance of fake-indexeddb, to reach its prototype. */
async function rawStore(indexedDB: IDBFactory): Promise<{ objectStore: IDBObjectStore }> {
  const db = await new Promise<IDBDatabase>((resolve) => {
    const request = indexedDB.open('xxgk-nianbao');
    request.onsuccess = () => resolve(request.result);
  });
  const objectStore = db.transaction('drafts', 'readonly').objectStore('drafts');
  db.close();
  return { objectStore };
}

describe('the status in the list', () => {
  it('counts refused pending texts as open errors', async () => {
    const { store } = await setup();
    const good = loadFixture('mfa-2024');
    const record = await store.createFrom(good);
    expect((await store.list())[0]!.status).toEqual({
      label: '可以导出',
      exportable: true,
      ready: true,
    });
    await store.save(record.id, good, 1, {
      pending: { 'requests.newReceived.commercial': { text: 'abc', message: '不是数字' } },
    });
    expect((await store.list())[0]!.status).toEqual({
      label: '错误 1 项',
      exportable: false,
      ready: false,
    });
  });

  it('a default name follows the agency and year; a chosen name stays', async () => {
    const { store } = await setup();
    const a = await store.create({ agency: '甲局', year: 2024 });
    const b = await store.create({ agency: '甲局', year: 2024, name: '我的草稿' });
    await store.save(a.id, { ...a.report, agency: '乙局', year: 2023 }, 1);
    await store.save(b.id, { ...b.report, agency: '乙局' }, 1);
    expect((await store.get(a.id))!.name).toBe('乙局2023年报告');
    expect((await store.get(b.id))!.name).toBe('我的草稿');
  });
});
