/**
 * Pure helpers over draft records: ids, default names, the list entry (with finding counts),
 * and the backup file format (`xxgk-nianbao/backup@1`), which is also the way to save drafts
 * to a file when IndexedDB itself fails.
 */
import {
  checkReport,
  countWord,
  parseReport,
  reportStatus,
  summarizeFindings,
  type CellId,
  type Report,
} from '../domain/index.ts';
import type {
  DraftListStatus,
  DraftMeta,
  DraftRecord,
  DraftUi,
  PendingCellText,
  PendingTexts,
} from './drafts-store.types.ts';

export const BACKUP_SCHEMA_ID = 'xxgk-nianbao/backup@1';

/** The backup file as written by `serializeBackup`. */
export interface BackupFile {
  schema: typeof BACKUP_SCHEMA_ID;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  drafts: DraftRecord[];
}

/** A backup of many drafts may be large, but not this large. */
const MAX_BACKUP_CHARS = 200 * 1024 * 1024;
const MAX_NAME_LENGTH = 200;
const MAX_ID_LENGTH = 200;

/** A random id (UUID when the browser offers one; crypto.randomUUID needs a secure context). */
export function newDraftId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof c?.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** `某某局2024年报告` */
export function defaultDraftName(agency: string, year: number): string {
  return `${agency.trim()}${year}年报告`;
}

/** The trimmed name, or the default name when blank; at most 200 characters. */
export function cleanDraftName(
  name: string | undefined,
  report: Pick<Report, 'agency' | 'year'>,
): string {
  const trimmed = (name ?? '').trim();
  return (trimmed || defaultDraftName(report.agency, report.year)).slice(0, MAX_NAME_LENGTH);
}

export type FindingCounts = Pick<DraftMeta, 'errors' | 'warnings'>;

/** Open errors / warnings of the draft check; 1 error if the checker fails (saving must not depend on it). */
export function findingCounts(report: Report): FindingCounts {
  try {
    const { errors, warnings } = summarizeFindings(checkReport(report, { mode: 'draft' }));
    return { errors, warnings };
  } catch (error) {
    console.error('xxgk-nianbao: checking the draft for the list failed', error);
    return { errors: 1, warnings: 0 };
  }
}

/** Cells whose typed text was refused (it carries the reason shown): each is an open error. */
export function refusedCells(pending: PendingTexts | undefined): CellId[] {
  return Object.entries(pending ?? {})
    .filter(([, entry]) => entry.message !== undefined)
    .map(([id]) => id);
}

/** The report's one status for the list; what is left unknown (counted as 1 error) if the checker fails. */
export function draftListStatus(
  report: Report,
  pending: PendingTexts | undefined,
): DraftListStatus {
  try {
    const { label, exportable, ready } = reportStatus(report, {
      refusedCells: refusedCells(pending),
    });
    return { label, exportable, ready };
  } catch (error) {
    console.error('xxgk-nianbao: the status of the draft for the list failed', error);
    return { label: countWord('error', 1), exportable: false, ready: false };
  }
}

/** The list entry of a record (counts and status computed unless given). */
export function draftMeta(
  record: DraftRecord,
  counts: FindingCounts = findingCounts(record.report),
  status: DraftListStatus = draftListStatus(record.report, record.pending),
): DraftMeta {
  const { id, name, report, createdAt, updatedAt, revision } = record;
  return {
    id,
    name,
    agency: report.agency,
    year: report.year,
    format: report.format,
    createdAt,
    updatedAt,
    revision,
    ...counts,
    status,
  };
}

/** Most recently edited first; ties by creation, then id (stable across calls). */
export function compareDrafts(
  a: Pick<DraftMeta, 'id' | 'createdAt' | 'updatedAt'>,
  b: Pick<DraftMeta, 'id' | 'createdAt' | 'updatedAt'>,
): number {
  return (
    b.updatedAt - a.updatedAt ||
    b.createdAt - a.createdAt ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The backup file text for these drafts (e.g. from the store, or the draft in memory when storage fails). */
export function serializeBackup(
  drafts: readonly DraftRecord[],
  exportedAt: Date = new Date(),
): string {
  const file: BackupFile = {
    schema: BACKUP_SCHEMA_ID,
    exportedAt: exportedAt.toISOString(),
    drafts: [...drafts],
  };
  return JSON.stringify(file, null, 1);
}

/** `xxgk-nianbao-草稿备份-2025-01-20.json` (local date). */
export function backupFileName(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `xxgk-nianbao-草稿备份-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

export type ParseBackupResult =
  /** `rejected`: one Chinese sentence per draft that cannot be restored, naming it and the reason. */
  | { readonly ok: true; readonly drafts: DraftRecord[]; readonly rejected: string[] }
  | { readonly ok: false; readonly message: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** A pending text longer than any figure a clerk types is not one. */
const MAX_PENDING_TEXT = 1000;

/** The sound pending texts of a stored or backed-up record (anything else is dropped). */
export function readPendingTexts(raw: unknown): PendingTexts | undefined {
  if (!isObject(raw)) return undefined;
  const out: Record<string, PendingCellText> = {};
  for (const [id, entry] of Object.entries(raw)) {
    if (!isObject(entry) || typeof entry.text !== 'string' || id.length > MAX_ID_LENGTH) continue;
    if (entry.text.length > MAX_PENDING_TEXT) continue;
    out[id] =
      typeof entry.message === 'string' && entry.message !== ''
        ? { text: entry.text, message: entry.message.slice(0, MAX_PENDING_TEXT) }
        : { text: entry.text };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Reads a backup file draft by draft. Every report must pass `parseReport`; the other fields are
 * taken when sound and otherwise given defaults (a missing id gets a new one). A bad draft is
 * listed in `rejected` with a Chinese message naming it; the others are still read. Only a file
 * that is not a backup at all fails as a whole.
 */
export function parseBackup(text: string, now: number = Date.now()): ParseBackupResult {
  const fail = (message: string): ParseBackupResult => ({ ok: false, message });
  if (text.length > MAX_BACKUP_CHARS)
    return fail('文件过大，不是本工具的草稿备份，未恢复任何草稿。');
  if (text.trim() === '') return fail('文件是空的，未恢复任何草稿。');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('不是有效的备份文件：内容不是 JSON（文件可能不完整或已损坏），未恢复任何草稿。');
  }
  if (!isObject(value) || value.schema !== BACKUP_SCHEMA_ID) {
    const hint =
      isObject(value) &&
      typeof value.schema === 'string' &&
      value.schema.startsWith('xxgk-nianbao/report')
        ? '这是一份报告文件，请用“打开报告”导入，而不是“恢复备份”。'
        : `schema 应为“${BACKUP_SCHEMA_ID}”。`;
    return fail(`不是本工具的草稿备份文件：${hint}未恢复任何草稿。`);
  }
  if (!Array.isArray(value.drafts)) return fail('备份文件缺少草稿列表（drafts），未恢复任何草稿。');
  const exportedAt = typeof value.exportedAt === 'string' ? Date.parse(value.exportedAt) : NaN;
  const fallbackTime = Number.isFinite(exportedAt) ? exportedAt : now;

  const drafts: DraftRecord[] = [];
  const rejected: string[] = [];
  for (const [index, raw] of value.drafts.entries()) {
    const label = `第 ${index + 1} 份草稿${describeName(raw)}`;
    if (!isObject(raw)) {
      rejected.push(`${label}不是草稿记录，未恢复。`);
      continue;
    }
    const parsed = parseReport(raw.report);
    if (!parsed.ok) {
      const [first] = parsed.issues;
      const more = parsed.issues.length > 1 ? `（另有 ${parsed.issues.length - 1} 处问题）` : '';
      rejected.push(`${label}未恢复：${first?.message ?? '报告内容无法读取'}${more}。`);
      continue;
    }
    const report = parsed.report;
    const createdAt = isTime(raw.createdAt) ? raw.createdAt : fallbackTime;
    const updatedAt = isTime(raw.updatedAt) ? raw.updatedAt : createdAt;
    const revision =
      typeof raw.revision === 'number' && Number.isSafeInteger(raw.revision) && raw.revision >= 1
        ? raw.revision
        : 1;
    const ui: DraftUi =
      isObject(raw.ui) && typeof raw.ui.section === 'string'
        ? { section: raw.ui.section.slice(0, MAX_NAME_LENGTH) }
        : {};
    const id =
      typeof raw.id === 'string' && raw.id !== '' && raw.id.length <= MAX_ID_LENGTH
        ? raw.id
        : newDraftId();
    const name = cleanDraftName(typeof raw.name === 'string' ? raw.name : undefined, report);
    const pending = readPendingTexts(raw.pending);
    drafts.push({
      id,
      name,
      report,
      createdAt,
      updatedAt,
      revision,
      ui,
      ...(pending ? { pending } : {}),
    });
  }
  return { ok: true, drafts, rejected };
}

function describeName(raw: unknown): string {
  if (!isObject(raw)) return '';
  if (typeof raw.name === 'string' && raw.name.trim()) return `“${raw.name.trim().slice(0, 60)}”`;
  const report = raw.report;
  if (isObject(report) && typeof report.agency === 'string' && typeof report.year === 'number')
    return `“${defaultDraftName(report.agency, report.year)}”`;
  return '';
}
