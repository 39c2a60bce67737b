/**
 * Coordination between tabs of the app on the same browser.
 *
 * - Messages (BroadcastChannel 'xxgk-nianbao-drafts'): a tab announces that it saved, opened,
 *   closed or deleted a draft, or changed the list (created, renamed, duplicated, restored), so
 *   other tabs can refresh their start page or tell the user that their copy is out of date.
 * - Ownership (Web Locks 'xxgk-draft:<id>'): the first tab to open a draft holds its lock until it
 *   releases it (or the tab goes away); a second tab learns at once that the draft is open
 *   elsewhere. Where the Locks API is missing or refused (non-secure http:, some file: pages) every
 *   tab is owner; the store's revision check still keeps a tab from overwriting another silently.
 *
 * Both degrade to no-ops where the browser lacks them; nothing here is needed to save.
 */
import { newDraftId } from './draft-records.ts';

export const DRAFTS_CHANNEL_NAME = 'xxgk-nianbao-drafts';
export const DRAFT_LOCK_PREFIX = 'xxgk-draft:';

/** Every message names the sending tab; all but a restore name the draft. */
export type DraftMessage =
  /** The report was saved at this revision. */
  | {
      readonly type: 'saved';
      readonly id: string;
      readonly revision: number;
      readonly tabId: string;
    }
  /** The editor opened / closed the draft. */
  | { readonly type: 'opened'; readonly id: string; readonly tabId: string }
  | { readonly type: 'closed'; readonly id: string; readonly tabId: string }
  /** The draft was deleted. */
  | { readonly type: 'removed'; readonly id: string; readonly tabId: string }
  /** The list changed: this draft was created, duplicated or renamed; no id after a backup restore. */
  | { readonly type: 'list-changed'; readonly id?: string; readonly tabId: string };

/** A message as posted; the channel adds the sender's tabId. */
export type DraftAnnouncement = WithoutTabId<DraftMessage>;
type WithoutTabId<M> = M extends unknown ? Omit<M, 'tabId'> : never;

export interface DraftChannel {
  /** This tab's id, sent with every message. */
  readonly tabId: string;
  /** Tells the other tabs (never this channel's own listeners). */
  post(message: DraftAnnouncement): void;
  /** Listens to the other tabs; returns the unsubscribe function. */
  watch(onMessage: (message: DraftMessage) => void): () => void;
  close(): void;
}

function isDraftMessage(value: unknown): value is DraftMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  if (typeof m.tabId !== 'string') return false;
  switch (m.type) {
    case 'saved':
      return typeof m.id === 'string' && typeof m.revision === 'number';
    case 'opened':
    case 'closed':
    case 'removed':
      return typeof m.id === 'string';
    case 'list-changed':
      return m.id === undefined || typeof m.id === 'string';
    default:
      return false;
  }
}

/** A channel to the other tabs; a silent no-op where BroadcastChannel is missing. */
export function createDraftChannel(
  options: { readonly name?: string; readonly tabId?: string } = {},
): DraftChannel {
  const tabId = options.tabId ?? newDraftId();
  const Channel = (globalThis as { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel;
  let channel: BroadcastChannel | null = null;
  try {
    channel = Channel ? new Channel(options.name ?? DRAFTS_CHANNEL_NAME) : null;
  } catch {
    channel = null;
  }
  const listeners = new Set<(message: DraftMessage) => void>();
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (!isDraftMessage(event.data) || event.data.tabId === tabId) return;
    for (const listener of [...listeners]) listener(event.data);
  });
  return {
    tabId,
    post(message) {
      try {
        channel?.postMessage({ ...message, tabId });
      } catch {
        // Closed channel or unclonable message: other tabs simply are not told.
      }
    },
    watch(onMessage) {
      listeners.add(onMessage);
      return () => listeners.delete(onMessage);
    },
    close() {
      listeners.clear();
      channel?.close();
      channel = null;
    },
  };
}

let tabChannel: DraftChannel | null = null;

/** This tab's channel (created on first use, kept for the life of the page). */
export function draftChannel(): DraftChannel {
  return (tabChannel ??= createDraftChannel());
}

/** Listens to the other tabs' draft messages; returns the unsubscribe function. */
export function watchDrafts(onMessage: (message: DraftMessage) => void): () => void {
  return draftChannel().watch(onMessage);
}

/** Tells the other tabs, e.g. `announceDraft({ type: 'saved', id, revision })`. */
export function announceDraft(message: DraftAnnouncement): void {
  draftChannel().post(message);
}

// ---------------------------------------------------------------------------------------------
// Ownership

/** The part of the Web Locks API used here (navigator.locks satisfies it; tests pass a fake). */
export interface LockRequester {
  request(
    name: string,
    options: LockOptions,
    callback: (lock: Lock | null) => Promise<void> | void,
  ): Promise<void>;
}

export interface DraftClaim {
  /** True when this tab holds the draft (or the browser cannot tell: see `supported`). */
  readonly owner: boolean;
  /** False when the Locks API is missing or refused, so `owner` is true without proof. */
  readonly supported: boolean;
  /** Lets go of the draft (idempotent; a no-op when not owner). */
  release(): void;
}

export interface ClaimOptions {
  /** Take the draft from the tab holding it (that tab's `onLost` is called). */
  readonly steal?: boolean;
  /** Called if another tab later steals the draft from this one. */
  readonly onLost?: () => void;
  /** Defaults to navigator.locks; null means "no Locks API". */
  readonly locks?: LockRequester | null;
}

type HoldState = 'owner' | 'taken' | 'unsupported';

/** One lock request of this tab, shared by every claim of the same draft in this tab. */
interface Hold {
  readonly state: Promise<HoldState>;
  refs: number;
  readonly onLost: Set<() => void>;
  releaseLock: () => void;
  grace?: ReturnType<typeof setTimeout>;
}

/**
 * A claim released and claimed again within this time (React StrictMode runs effects twice, a
 * quick re-render) keeps the same lock instead of racing its own release.
 */
const RELEASE_GRACE_MS = 100;

const holdsByManager = new WeakMap<LockRequester, Map<string, Hold>>();

function defaultLocks(): LockRequester | null {
  try {
    return globalThis.navigator?.locks ?? null;
  } catch {
    return null;
  }
}

function requestLock(
  locks: LockRequester,
  id: string,
  steal: boolean,
  holds: Map<string, Hold>,
): Hold {
  let releaseLock = () => {};
  const released = new Promise<void>((resolve) => (releaseLock = resolve));
  const onLost = new Set<() => void>();
  const state = new Promise<HoldState>((resolve) => {
    let granted = false;
    const callback = async (lock: Lock | null) => {
      if (!lock) return resolve('taken');
      granted = true;
      resolve('owner');
      await released;
    };
    let request: Promise<void>;
    try {
      request = locks.request(
        DRAFT_LOCK_PREFIX + id,
        steal ? { steal: true } : { ifAvailable: true },
        callback,
      );
    } catch {
      return resolve('unsupported');
    }
    request.then(
      () => {},
      () => {
        // Refused before granting (SecurityError in opaque origins): act as owner, unproven.
        if (!granted) return resolve('unsupported');
        // Held, then stolen by another tab (AbortError).
        if (holds.get(id) === hold) holds.delete(id);
        for (const listener of [...onLost]) listener();
      },
    );
  });
  const hold: Hold = { state, refs: 0, onLost, releaseLock };
  return hold;
}

/**
 * Claims a draft for this tab. `owner: false` means another tab has it open: show it read-only
 * (or offer to take it over with `{ steal: true }`). Claims of the same draft in one tab share one lock.
 */
export async function claimDraft(id: string, options: ClaimOptions = {}): Promise<DraftClaim> {
  const locks = options.locks === undefined ? defaultLocks() : options.locks;
  if (!locks) return { owner: true, supported: false, release() {} };
  let holds = holdsByManager.get(locks);
  if (!holds) holdsByManager.set(locks, (holds = new Map()));

  let hold = holds.get(id);
  if (hold && options.steal && (await hold.state) !== 'owner') hold = undefined;
  if (!hold) {
    hold = requestLock(locks, id, options.steal ?? false, holds);
    holds.set(id, hold);
  }
  const current = hold;
  current.refs++;
  clearTimeout(current.grace);
  const state = await current.state;
  if (state !== 'owner') {
    current.refs--;
    if (holds.get(id) === current) holds.delete(id);
    return { owner: state === 'unsupported', supported: state !== 'unsupported', release() {} };
  }
  const onLost = options.onLost;
  if (onLost) current.onLost.add(onLost);
  let released = false;
  const tabHolds = holds;
  return {
    owner: true,
    supported: true,
    release() {
      if (released) return;
      released = true;
      if (onLost) current.onLost.delete(onLost);
      if (--current.refs > 0) return;
      current.grace = setTimeout(() => {
        if (current.refs > 0) return;
        if (tabHolds.get(id) === current) tabHolds.delete(id);
        current.releaseLock();
      }, RELEASE_GRACE_MS);
    },
  };
}
