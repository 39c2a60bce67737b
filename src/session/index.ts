/** The draft session: the one owner of an open draft's edit loop (the only entry point the app imports). */
export {
  DraftSession,
  journalApplies,
  type DraftSessionOptions,
  type SaveState,
  type SessionSnapshot,
} from './draft-session.ts';
export { installPageLifecycle, type PageTargets } from './page-lifecycle.ts';
export {
  pendingCellStatus,
  refusedEntryFindings,
  type PendingCellStatus,
} from './pending-status.ts';
export {
  CellTexts,
  type CellChange,
  type CellTextsOptions,
  type CommitResult,
} from './cell-texts.ts';
