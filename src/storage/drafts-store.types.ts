import type { CellId, FormatId, Report } from '../domain/index.ts';

/** Where the user was in the editor, restored on reload. */
export interface DraftUi {
  /** The section / table the user was on (an id chosen by the app, e.g. 'requests'). */
  section?: string;
}

/**
 * Text typed in a cell and not (yet) taken as its value: left before Enter, or refused ("abc").
 * Kept with the draft so that reopening shows the cell exactly as the user left it.
 */
export interface PendingCellText {
  readonly text: string;
  /** The reason shown at the cell when the text was refused; absent while it was only being typed. */
  readonly message?: string;
}

/** Pending texts by cell id (entered cells only). */
export type PendingTexts = Readonly<Record<CellId, PendingCellText>>;

/** One draft as stored in IndexedDB (and in a backup file). */
export interface DraftRecord {
  id: string;
  name: string;
  report: Report;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** When the report or the name last changed (not when only `ui` changed). */
  updatedAt: number;
  /** Bumped by every `save` of the report (not by rename or saveUi); starts at 1. */
  revision: number;
  ui: DraftUi;
  /** Cells whose typed text is not their value (absent in records written before it existed). */
  pending?: PendingTexts;
  /** The editing session that made the last save (matches a journal entry to it). */
  writer?: string;
}

/**
 * The latest state of an open draft, written synchronously when the page is hidden or unloaded
 * (no read before the write), and applied on the next open unless another session saved since.
 */
export interface DraftJournal {
  /** The draft's id. */
  readonly id: string;
  readonly writer: string;
  /** The revision the writer had saved (or was saving) when it wrote this. */
  readonly baseRevision: number;
  readonly report: Report;
  readonly pending: PendingTexts;
  readonly at: number;
}

/** What `save` stores besides the report. */
export interface SaveExtras {
  readonly ui?: DraftUi;
  readonly pending?: PendingTexts;
  /** Finding counts for the list, when the caller has already checked the report. */
  readonly counts?: Pick<DraftMeta, 'errors' | 'warnings'>;
  /** The report's status for the list, when the caller has already computed it (reportStatus). */
  readonly status?: DraftListStatus;
  readonly writer?: string;
}

/**
 * The draft's one status (domain reportStatus over the report and its refused pending texts) as
 * the list shows it: 可以导出, or what is left ("表二还差 15 格 · 正文还差 3 部分").
 */
export interface DraftListStatus {
  readonly label: string;
  readonly exportable: boolean;
  readonly ready: boolean;
}

/** What the start page lists: cheap to read, kept beside the record and written with it. */
export interface DraftMeta {
  id: string;
  name: string;
  agency: string;
  year: number;
  format: FormatId;
  createdAt: number;
  updatedAt: number;
  revision: number;
  /**
   * Open errors and warnings of `checkReport(report, { mode: 'draft' })` when last saved
   * (acknowledged warnings are not counted). Should the checker itself throw on a report, the
   * draft is saved anyway and counted as 1 error, 0 warnings.
   */
  errors: number;
  warnings: number;
  /** The status when last saved; absent in entries written before it existed (list() fills it in). */
  status?: DraftListStatus;
}

export type SaveResult =
  | { readonly ok: true; readonly revision: number; readonly updatedAt: number }
  /** Another tab saved this draft since `baseRevision`: nothing was written; `current` is what is stored. */
  | { readonly ok: false; readonly reason: 'conflict'; readonly current: DraftRecord }
  /** The draft was deleted (e.g. in another tab): nothing was written. */
  | { readonly ok: false; readonly reason: 'missing' };

export type ImportBackupResult =
  /**
   * `added` drafts were written; `skipped` were already stored exactly as in the backup;
   * `rejected` holds one Chinese sentence per draft that could not be restored (name and reason).
   */
  | {
      readonly ok: true;
      readonly added: number;
      readonly skipped: number;
      readonly rejected: readonly string[];
    }
  /** Nothing was written; `message` is a Chinese sentence naming the draft and the problem. */
  | { readonly ok: false; readonly message: string };

export interface NewDraftOptions {
  readonly agency: string;
  readonly year: number;
  /** Defaults to `${agency}${year}年报告`. */
  readonly name?: string;
}

/**
 * The drafts in IndexedDB.
 *
 * Failures: every method rejects with a `StorageError` (Chinese `message`, `kind`, browser error
 * as `cause`) when the browser fails to read or write, and never otherwise. Expected outcomes
 * are results, not errors: a save conflict or a deleted draft is a `SaveResult`, a missing id
 * is `undefined` / `false`, a bad backup is `{ ok: false, message }`.
 */
export interface DraftStore {
  /** All drafts, most recently edited first. */
  list(): Promise<DraftMeta[]>;
  get(id: string): Promise<DraftRecord | undefined>;
  /** A new empty report (format from the year), revision 1. */
  create(options: NewDraftOptions): Promise<DraftRecord>;
  /** A new draft holding `report` (e.g. an imported file), revision 1. */
  createFrom(report: Report, name?: string): Promise<DraftRecord>;
  /**
   * Stores `report` if the stored revision is still `baseRevision` (read, compare and write in
   * one transaction), and `ui` when given. Never overwrites another tab's save silently.
   */
  save(id: string, report: Report, baseRevision: number, extras?: SaveExtras): Promise<SaveResult>;
  /**
   * Writes the journal entry of an open draft with one request issued before returning (for
   * pagehide / beforeunload handlers, where nothing after an await runs). Never throws.
   */
  writeJournal(entry: DraftJournal): void;
  /** The journal entry of a draft, if any. */
  readJournal(id: string): Promise<DraftJournal | undefined>;
  /** Stores where the user is; does not bump the revision or `updatedAt`. False when the draft is gone. */
  saveUi(id: string, ui: DraftUi): Promise<boolean>;
  /** A copy named `name（副本）`, revision 1; undefined when the draft is gone. */
  duplicate(id: string): Promise<DraftRecord | undefined>;
  /** Renames (blank → the default name); keeps the revision. False when the draft is gone. */
  rename(id: string, name: string): Promise<boolean>;
  /** False when there was no such draft. */
  remove(id: string): Promise<boolean>;
  /** A backup file (JSON, schema `xxgk-nianbao/backup@1`) of every draft. */
  exportBackup(): Promise<string>;
  /**
   * Restores a backup file draft by draft: every valid draft is written (in one transaction), each
   * invalid one is listed in `rejected` with its reason. A draft whose id is already stored with
   * different content is added under a new id (never overwriting); one stored exactly as in the
   * backup is skipped. A file that is not a backup at all is `{ ok: false }` and writes nothing.
   */
  importBackup(text: string): Promise<ImportBackupResult>;
  /** Closes the connection; later calls reject with StorageError('closed'). */
  close(): void;
}

export interface OpenDraftStoreOptions {
  /** Defaults to 'xxgk-nianbao'. */
  readonly dbName?: string;
  /** Defaults to `globalThis.indexedDB`. */
  readonly indexedDB?: IDBFactory;
  /** Give up opening after this long (some browsers never answer); default 2 500 ms. */
  readonly openTimeoutMs?: number;
  /**
   * Called once if the connection is closed from outside after opening: a newer version of the
   * app in another tab needs to upgrade the database, or the browser closed it. Later calls reject.
   */
  readonly onClosed?: () => void;
  /** Clock, for tests; defaults to Date.now. */
  readonly now?: () => number;
}
