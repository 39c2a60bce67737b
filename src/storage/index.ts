/**
 * Persistence: drafts in IndexedDB (with the page-hide journal), backup files, tab coordination.
 * The only entry point the app imports from src/storage.
 */
export type * from './drafts-store.types.ts';
export { DEFAULT_DB_NAME, openDraftStore } from './drafts-store.ts';
export { StorageError, toStorageError, type StorageErrorKind } from './storage-error.ts';
export {
  BACKUP_SCHEMA_ID,
  backupFileName,
  cleanDraftName,
  compareDrafts,
  defaultDraftName,
  draftListStatus,
  draftMeta,
  findingCounts,
  newDraftId,
  parseBackup,
  readPendingTexts,
  refusedCells,
  serializeBackup,
  type BackupFile,
  type FindingCounts,
  type ParseBackupResult,
} from './draft-records.ts';
export {
  announceDraft,
  claimDraft,
  createDraftChannel,
  DRAFT_LOCK_PREFIX,
  draftChannel,
  DRAFTS_CHANNEL_NAME,
  watchDrafts,
  type ClaimOptions,
  type DraftAnnouncement,
  type DraftChannel,
  type DraftClaim,
  type DraftMessage,
  type LockRequester,
} from './draft-channel.ts';
export {
  AGGREGATE_DB_NAME,
  openAggregateListStore,
  type AggregateList,
  type AggregateListStore,
  type OpenAggregateListOptions,
  type SummedDraftRef,
} from './aggregate-list.ts';
