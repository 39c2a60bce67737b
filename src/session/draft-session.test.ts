import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { checkReport, summarizeFindings, type Report } from '../domain/index.ts';
import { loadFixture } from '../domain/test-support/fixtures.ts';
import {
  openDraftStore,
  type DraftRecord,
  type DraftStore,
  type SaveResult,
} from '../storage/index.ts';
import { DraftSession, installPageLifecycle, pendingCellStatus } from './index.ts';

const NP = 'requests.newReceived.naturalPerson';
const CO = 'requests.newReceived.commercial';
const NP_TOTAL = 'requests.newReceived.total';

const opened: DraftStore[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

/** A store on a fresh database, a draft in it, and a scheduler the test runs by hand. */
async function setup(report?: Report) {
  const store = await openDraftStore({ indexedDB: new IDBFactory() });
  opened.push(store);
  const record = report
    ? await store.createFrom(report)
    : await store.create({ agency: '某县人民政府办公室', year: 2025 });
  const due: (() => void)[] = [];
  const schedule = (run: () => void) => {
    due.push(run);
    return () => {
      const i = due.indexOf(run);
      if (i >= 0) due.splice(i, 1);
    };
  };
  const runDue = () => due.splice(0).forEach((r) => r());
  const session = new DraftSession({ store, record, schedule });
  return { store, record, session, due, runDue };
}

describe('cells', () => {
  it('keeps typed text pending, commits it as the value with its totals, as one undo step', async () => {
    const { session } = await setup();
    session.cells.typeCell(NP, '12');
    expect(session.cells.pendingText(NP)).toEqual({ text: '12' });
    expect(session.cells.committedValue(NP)).toBeNull();
    expect(session.cells.liveTotal(NP_TOTAL)).toBe(12);
    expect(session.cells.commitCell(NP)).toEqual({ ok: true, changed: true, value: 12 });
    expect(session.cells.pendingText(NP)).toBeUndefined();
    expect(session.getSnapshot().report.requests.newReceived.total).toBe(12);
    expect(session.cells.liveTotal(NP_TOTAL)).toBeUndefined();
    expect(session.getSnapshot().canUndo).toBe(true);
  });

  it('refuses text that is no figure, keeping it pending with the reason, and Escape drops it', async () => {
    const { session } = await setup();
    session.cells.typeCell(NP, 'abc');
    expect(session.cells.message(NP)).toBeUndefined();
    const result = session.cells.commitCell(NP);
    expect(result.ok).toBe(false);
    expect(session.cells.pendingText(NP)).toEqual({
      text: 'abc',
      message: result.ok ? '' : result.message,
    });
    expect(session.cells.committedValue(NP)).toBeNull();
    // Still wrong: the reason stays; corrected: it goes at once.
    session.cells.typeCell(NP, 'abcd');
    expect(session.cells.message(NP)).toBeDefined();
    session.cells.typeCell(NP, '3');
    expect(session.cells.message(NP)).toBeUndefined();
    expect(session.cells.restoreCell(NP)).toBe(true);
    expect(session.cells.pendingText(NP)).toBeUndefined();
  });

  it('gives the status input every pending cell with its problem', async () => {
    const { session } = await setup();
    session.cells.typeCell(NP, 'abc');
    session.cells.commitCell(NP);
    session.cells.typeCell(CO, 'x');
    session.cells.typeCell('requests.carriedOver.naturalPerson', '4');
    const status = pendingCellStatus('2021', session.cells.getPending());
    expect(status[0]?.problem).toEqual({ kind: 'notANumber', text: 'abc' });
    expect(status.map((s) => [s.cell, s.refused, s.problem !== undefined])).toEqual([
      [NP, true, true],
      [CO, false, true],
      ['requests.carriedOver.naturalPerson', false, false],
    ]);
  });

  it('undoes and redoes commits and pastes; a cell whose value changes loses its pending text', async () => {
    const { session } = await setup();
    session.cells.typeCell(NP, '5');
    session.cells.commitCell(NP);
    session.cells.commitCells([
      { id: NP, value: 7 },
      { id: CO, value: 2 },
    ]);
    expect(session.getSnapshot().report.requests.newReceived.total).toBe(9);
    session.cells.typeCell(NP, '70');
    session.cells.typeCell('requests.carriedOver.naturalPerson', '1');
    session.undo();
    expect(session.cells.committedValue(NP)).toBe(5);
    expect(session.cells.committedValue(CO)).toBeNull();
    expect(session.getSnapshot().report.requests.newReceived.total).toBe(5);
    expect(session.cells.pendingText(NP)).toBeUndefined();
    expect(session.cells.pendingText('requests.carriedOver.naturalPerson')).toEqual({ text: '1' });
    session.redo();
    expect(session.getSnapshot().report.requests.newReceived.total).toBe(9);
    session.undo();
    session.undo();
    expect(session.cells.committedValue(NP)).toBeNull();
    expect(session.getSnapshot().canUndo).toBe(false);
  });

  it('merges narrative typing into one undo step and cuts text at the length limit', async () => {
    const { session } = await setup();
    session.setNarrative('other', '本');
    session.setNarrative('other', '本年');
    session.undo();
    expect(session.getSnapshot().report.narrative?.other ?? '').toBe('');
    session.setNarrative('problems', 'x'.repeat(300_000));
    expect(session.getSnapshot().report.narrative?.problems).toHaveLength(200_000);
  });
});

describe('findings', () => {
  it('checks each report once, and the list counts come from the same findings', async () => {
    const { session, store, record, runDue } = await setup(loadFixture('mfa-2024'));
    const first = session.findings();
    expect(session.findings()).toBe(first);
    expect(first).toEqual(checkReport(session.currentReport, { mode: 'draft' }));
    session.cells.typeCell(NP, '999999');
    session.cells.commitCell(NP);
    const after = session.findings();
    expect(after).not.toBe(first);
    expect(after.some((f) => f.rule === 'requests.balance')).toBe(true);
    runDue();
    await session.flush();
    const meta = (await store.list()).find((m) => m.id === record.id)!;
    const { errors, warnings } = summarizeFindings(after);
    expect(meta).toMatchObject({ errors, warnings });
  });
});

describe('saving', () => {
  it('saves pending text (not as the value) and the next session shows it with its message', async () => {
    const { session, store, record, runDue } = await setup();
    session.cells.typeCell(NP, 'abc');
    session.cells.commitCell(NP);
    session.cells.typeCell(CO, '8');
    expect(session.hasUnsavedChanges()).toBe(true);
    runDue();
    await session.flush();
    expect(session.hasUnsavedChanges()).toBe(false);
    const stored = (await store.get(record.id))!;
    expect(stored.report.requests.newReceived.naturalPerson).toBeNull();
    expect(stored.pending?.[CO]).toEqual({ text: '8' });
    const next = new DraftSession({ store, record: stored });
    expect(next.cells.pendingText(NP)).toEqual(session.cells.pendingText(NP));
    expect(next.cells.message(NP)).toBeDefined();
    expect(next.cells.liveTotal('requests.newReceived.total')).toBe(8);
  });

  it('never lets an earlier save overtake a later one: saves run one after another with the latest state', async () => {
    const { record } = await setup();
    const calls: { report: Report; base: number; done: (r: SaveResult) => void }[] = [];
    const store = {
      save: (_id: string, report: Report, base: number) =>
        new Promise<SaveResult>((done) => calls.push({ report, base, done })),
      writeJournal: () => undefined,
    };
    const due: (() => void)[] = [];
    const session = new DraftSession({
      store,
      record,
      schedule: (run) => (due.push(run), () => undefined),
    });
    session.cells.typeCell(NP, '1');
    session.cells.commitCell(NP);
    due.splice(0).forEach((r) => r());
    expect(calls).toHaveLength(1);
    session.cells.typeCell(NP, '2');
    session.cells.commitCell(NP);
    session.cells.typeCell(NP, '3');
    session.cells.commitCell(NP);
    due.splice(0).forEach((r) => r());
    // The second save waits for the first, whatever the scheduler does.
    expect(calls).toHaveLength(1);
    calls[0]!.done({ ok: true, revision: 2, updatedAt: 1 });
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toHaveLength(2);
    expect(calls[1]!.base).toBe(2);
    expect(calls[1]!.report.requests.newReceived.naturalPerson).toBe(3);
    calls[1]!.done({ ok: true, revision: 3, updatedAt: 2 });
    await session.flush();
    expect(calls).toHaveLength(2);
    expect(session.getSaveState()).toEqual({ kind: 'saved', at: 2 });
  });

  it('stops on a revision conflict and says so; the other tab\u2019s save stays', async () => {
    const { session, store, record, runDue } = await setup();
    await store.save(record.id, record.report, 1); // another tab
    session.cells.typeCell(NP, '4');
    session.cells.commitCell(NP);
    runDue();
    await session.flush();
    expect(session.getSaveState()).toEqual({ kind: 'conflict' });
    expect(session.hasUnsavedChanges()).toBe(true);
    expect((await store.get(record.id))!.report.requests.newReceived.naturalPerson).toBeNull();
  });

  it('journals synchronously on page hide; the next open applies the journal and saves it', async () => {
    const { session, store, record } = await setup();
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as const });
    installPageLifecycle(session, { window: win, document: doc });
    session.cells.typeCell(NP, '6');
    session.cells.commitCell(NP);
    session.cells.typeCell(CO, '1');
    const unload = new Event('beforeunload', { cancelable: true });
    win.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true); // unsaved: the browser asks before closing
    win.dispatchEvent(new Event('pagehide'));
    session.dispose(); // the page is gone: its regular save never finishes
    const journal = (await store.readJournal(record.id))!;
    expect(journal.pending[CO]).toEqual({ text: '1' });
    const stored = (await store.get(record.id))!;
    const next = new DraftSession({ store, record: stored, journal });
    expect(next.cells.committedValue(NP)).toBe(6);
    expect(next.cells.pendingText(CO)).toEqual({ text: '1' });
    await next.flush();
    const saved = (await store.get(record.id))!;
    expect(saved.report.requests.newReceived.naturalPerson).toBe(6);
    expect(saved.pending?.[CO]).toEqual({ text: '1' });
    expect(await store.readJournal(record.id)).toBeUndefined();
  });

  it('journals every change in the same task, before any save runs (write-ahead)', async () => {
    const { session, store, record, due } = await setup();
    session.cells.typeCell(NP, '4');
    session.cells.typeCell(NP, '42');
    await Promise.resolve();
    expect(due).toHaveLength(1); // the save itself waits for the scheduler
    const journal = await store.readJournal(record.id);
    expect(journal?.pending[NP]).toEqual({ text: '42' });
    const reopened = new DraftSession({ store, record: (await store.get(record.id))!, journal });
    expect(reopened.cells.pendingText(NP)).toEqual({ text: '42' });
  });

  it('ignores a journal when another session saved after it was written', async () => {
    const { store, record } = await setup();
    const journal = {
      id: record.id,
      writer: 'old',
      baseRevision: 1,
      report: record.report,
      pending: { [NP]: { text: '9' } },
      at: 1,
    };
    store.writeJournal(journal);
    const other: DraftRecord = { ...record };
    await store.save(other.id, other.report, 1, { writer: 'someone-else' });
    const stored = (await store.get(record.id))!;
    const session = new DraftSession({ store, record: stored, journal });
    expect(session.cells.pendingText(NP)).toBeUndefined();
    expect(session.hasUnsavedChanges()).toBe(false);
  });
});

describe('status', () => {
  it('is the domain status, a refused entry an open error until reverted, saved for the list', async () => {
    const { session, store, runDue } = await setup(loadFixture('mfa-2024'));
    expect(session.status().label).toBe('可以导出');
    session.cells.typeCell(CO, '3.5');
    expect(session.status().label).toBe('可以导出'); // only typed, not refused yet
    expect(session.cells.commitCell(CO).ok).toBe(false);
    expect(session.status()).toMatchObject({ label: '错误 1 项', refused: 1, exportable: false });
    expect(session.refusedFindings()).toEqual([
      expect.objectContaining({ rule: 'cells.refused', severity: 'error', cells: [CO] }),
    ]);
    runDue();
    await session.flush();
    expect((await store.list())[0]!.status?.label).toBe('错误 1 项');
    session.cells.restoreCell(CO);
    expect(session.status().label).toBe('可以导出');
    expect(session.refusedFindings()).toEqual([]);
  });

  it('an empty report says what is left, never 可以导出', async () => {
    const { session } = await setup();
    expect(session.status().label).toMatch(
      /^表二还差 \d+ 格 · 表三还差 \d+ 格 · 表四还差 \d+ 格 · 正文还差 \d 部分$/,
    );
  });

  it('knows which of some cells was given a value last', async () => {
    const { session } = await setup();
    expect(session.lastEdited([NP, CO])).toBeUndefined();
    session.cells.typeCell(CO, '1');
    session.cells.commitCell(CO);
    session.cells.typeCell(NP, '2');
    session.cells.commitCell(NP);
    expect(session.lastEdited([NP, CO])).toBe(NP);
    expect(session.lastEdited([CO, NP_TOTAL])).toBe(CO);
  });
});
