import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  claimDraft,
  createDraftChannel,
  DRAFT_LOCK_PREFIX,
  type DraftChannel,
  type DraftMessage,
  type LockRequester,
} from './index.ts';

/**
 * A browser's lock manager shared by several tabs, with the Web Locks semantics used here:
 * ifAvailable (null when held) and steal (the holder's request rejects with AbortError).
 */
function lockBackend() {
  const held = new Map<string, { abort: (error: unknown) => void }>();
  const tab = (): LockRequester => ({
    request(name, options, callback) {
      if (options.steal) {
        held.get(name)?.abort(new DOMException('stolen', 'AbortError'));
        held.delete(name);
      } else if (options.ifAvailable && held.has(name)) {
        return Promise.resolve(callback(null)).then(() => {});
      }
      return new Promise<void>((resolve, reject) => {
        const entry = { abort: reject };
        held.set(name, entry);
        Promise.resolve(callback({ name, mode: 'exclusive' })).then(() => {
          if (held.get(name) === entry) held.delete(name);
          resolve();
        }, reject);
      });
    },
  });
  return { held, tab };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('claimDraft', () => {
  it('makes every tab owner where the Locks API is missing or refused', async () => {
    expect(await claimDraft('d1', { locks: null })).toMatchObject({
      owner: true,
      supported: false,
    });
    const refusing: LockRequester = {
      request: () => Promise.reject(new DOMException('opaque origin', 'SecurityError')),
    };
    expect(await claimDraft('d1', { locks: refusing })).toMatchObject({
      owner: true,
      supported: false,
    });
    const throwing: LockRequester = {
      request: () => {
        throw new TypeError('no');
      },
    };
    expect(await claimDraft('d1', { locks: throwing })).toMatchObject({
      owner: true,
      supported: false,
    });
  });

  it('tells a second tab that the draft is open elsewhere, until the first releases it', async () => {
    vi.useFakeTimers();
    const backend = lockBackend();
    const [tabA, tabB] = [backend.tab(), backend.tab()];
    const a = await claimDraft('d1', { locks: tabA });
    expect(a).toMatchObject({ owner: true, supported: true });
    expect(backend.held.has(`${DRAFT_LOCK_PREFIX}d1`)).toBe(true);
    expect(await claimDraft('d1', { locks: tabB })).toMatchObject({
      owner: false,
      supported: true,
    });
    expect(await claimDraft('d2', { locks: tabB })).toMatchObject({ owner: true });

    a.release();
    a.release(); // idempotent
    await vi.advanceTimersByTimeAsync(200);
    expect(backend.held.has(`${DRAFT_LOCK_PREFIX}d1`)).toBe(false);
    expect(await claimDraft('d1', { locks: tabB })).toMatchObject({ owner: true });
  });

  it('keeps the lock when this tab releases and claims again at once (React StrictMode)', async () => {
    vi.useFakeTimers();
    const backend = lockBackend();
    const tab = backend.tab();
    const first = await claimDraft('d1', { locks: tab });
    const entry = backend.held.get(`${DRAFT_LOCK_PREFIX}d1`);
    first.release();
    const second = await claimDraft('d1', { locks: tab });
    const third = await claimDraft('d1', { locks: tab });
    expect(second.owner && third.owner).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(backend.held.get(`${DRAFT_LOCK_PREFIX}d1`)).toBe(entry);
    second.release();
    await vi.advanceTimersByTimeAsync(500);
    expect(backend.held.has(`${DRAFT_LOCK_PREFIX}d1`)).toBe(true); // third still holds it
    third.release();
    await vi.advanceTimersByTimeAsync(500);
    expect(backend.held.has(`${DRAFT_LOCK_PREFIX}d1`)).toBe(false);
  });

  it('lets a tab take the draft over; the former owner is told', async () => {
    const backend = lockBackend();
    const [tabA, tabB] = [backend.tab(), backend.tab()];
    const onLost = vi.fn();
    const a = await claimDraft('d1', { locks: tabA, onLost });
    expect((await claimDraft('d1', { locks: tabB })).owner).toBe(false);
    const b = await claimDraft('d1', { locks: tabB, steal: true });
    expect(b.owner).toBe(true);
    await Promise.resolve();
    expect(onLost).toHaveBeenCalledTimes(1);
    expect((await claimDraft('d1', { locks: tabA })).owner).toBe(false);
    a.release(); // harmless after losing
    b.release();
  });
});

describe('createDraftChannel', () => {
  const channels: DraftChannel[] = [];
  afterEach(() => {
    for (const c of channels.splice(0)) c.close();
  });

  const nextMessage = (channel: DraftChannel) =>
    new Promise<DraftMessage>((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error('no message')), 1000);
      const stop = channel.watch((m) => {
        clearTimeout(timeout);
        stop();
        resolve(m);
      });
    });

  it('delivers saved / opened / closed / removed / list-changed to the other tabs with the sender tab id, ignoring junk', async () => {
    const name = `test-${Math.random()}`;
    const a = createDraftChannel({ name, tabId: 'tab-a' });
    const b = createDraftChannel({ name, tabId: 'tab-b' });
    channels.push(a, b);
    const seenByA: DraftMessage[] = [];
    a.watch((m) => seenByA.push(m));

    const junk = new BroadcastChannel(name);
    junk.postMessage({ type: 'saved', id: 'x' }); // no tabId, no revision: ignored
    junk.postMessage('hello');
    junk.close();

    let received = nextMessage(b);
    a.post({ type: 'saved', id: 'd1', revision: 3 });
    expect(await received).toEqual({ type: 'saved', id: 'd1', revision: 3, tabId: 'tab-a' });
    received = nextMessage(b);
    a.post({ type: 'opened', id: 'd1' });
    expect(await received).toEqual({ type: 'opened', id: 'd1', tabId: 'tab-a' });
    received = nextMessage(b);
    a.post({ type: 'closed', id: 'd1' });
    expect(await received).toEqual({ type: 'closed', id: 'd1', tabId: 'tab-a' });
    received = nextMessage(b);
    a.post({ type: 'removed', id: 'd1' });
    expect(await received).toEqual({ type: 'removed', id: 'd1', tabId: 'tab-a' });
    received = nextMessage(a);
    b.post({ type: 'list-changed', id: 'd2' });
    expect(await received).toEqual({ type: 'list-changed', id: 'd2', tabId: 'tab-b' });
    received = nextMessage(a);
    b.post({ type: 'list-changed' });
    expect(await received).toEqual({ type: 'list-changed', tabId: 'tab-b' });
    expect(seenByA).toEqual([
      { type: 'list-changed', id: 'd2', tabId: 'tab-b' },
      { type: 'list-changed', tabId: 'tab-b' },
    ]);
  });

  it('is a silent no-op without BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    try {
      const channel = createDraftChannel();
      expect(() => channel.post({ type: 'list-changed' })).not.toThrow();
      channel.watch(() => {})();
      channel.close();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
