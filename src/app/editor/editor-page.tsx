/**
 * Opens one draft from IndexedDB and keeps it saved: every change within a second and on page
 * hide, never silently over another tab's newer save, and with a download offered when the
 * browser refuses to store anything.
 */
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ValueStore } from '../shared/value-store.ts';
import type { Report } from '../../domain/index.ts';
import {
  announceDraft,
  claimDraft,
  createAutosaver,
  installPageHideFlush,
  watchDrafts,
  type Autosaver,
  type DraftRecord,
  type DraftStore,
} from '../../storage/index.ts';
import { downloadFile, safeFileName } from '../shared/download.ts';
import { navigate } from '../shared/use-hash-route.ts';
import { EditorView } from './editor-view.tsx';
import { useReportHistory } from './use-report-history.ts';

export function EditorPage({
  store,
  draftId,
}: {
  readonly store: DraftStore;
  readonly draftId: string;
}) {
  const [record, setRecord] = useState<DraftRecord | null | 'missing'>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    store.get(draftId).then(
      (r) => live && setRecord(r ?? 'missing'),
      (e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [store, draftId]);
  if (loadError)
    return (
      <p className="alert" role="alert">
        {loadError}
      </p>
    );
  if (record === 'missing')
    return (
      <main className="empty-state">
        <h1>找不到这份草稿</h1>
        <p>它可能已在其他标签页中删除。</p>
        <button type="button" onClick={() => navigate({ page: 'drafts' })}>
          返回草稿列表
        </button>
      </main>
    );
  if (!record) return <p className="loading">正在打开草稿…</p>;
  return <DraftEditor key={`${record.id}:${record.revision}`} store={store} record={record} />;
}

type SaveState =
  | { readonly kind: 'saved'; readonly at: number }
  | { readonly kind: 'saving' }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'error'; readonly message: string };

function DraftEditor({
  store,
  record,
}: {
  readonly store: DraftStore;
  readonly record: DraftRecord;
}) {
  const history = useReportHistory(record.report);
  const [section, setSection] = useState(record.ui.section ?? 'requests');
  // The save status changes around every keystroke; it lives in its own small store so that only
  // the status line re-renders, not the editor.
  const [saveStatus] = useState(
    () => new ValueStore<SaveState>({ kind: 'saved', at: record.updatedAt }),
  );
  const setSave = saveStatus.set;
  const [conflict, setConflict] = useState(false);
  const [elsewhere, setElsewhere] = useState(false);
  const [newerElsewhere, setNewerElsewhere] = useState(false);
  const revision = useRef(record.revision);
  const latest = useRef<Report>(history.report);
  const savedReport = useRef<Report>(history.report);
  useLayoutEffect(() => {
    latest.current = history.report;
  }, [history.report, saveStatus, setSave]);

  // One autosaver per open draft: saves the latest report 0.1 s after typing pauses, and within
  // 1 s of a change even while typing goes on (a tab closed right after a keystroke loses nothing).
  const autosaver = useRef<Autosaver | null>(null);
  useEffect(() => {
    const saver = createAutosaver({
      delayMs: 100,
      maxDelayMs: 1000,
      save: async () => {
        const report = latest.current;
        if (report === savedReport.current) return;
        const result = await store.save(record.id, report, revision.current);
        if (result.ok) {
          revision.current = result.revision;
          savedReport.current = report;
          announceDraft({ type: 'saved', id: record.id, revision: result.revision });
        } else if (result.reason === 'conflict') {
          throw new ConflictError();
        } else {
          throw new Error('这份草稿已被删除，无法继续保存。');
        }
      },
      onStatus: (s) => {
        if (s.state === 'saving') setSave({ kind: 'saving' });
        else if (s.state === 'saved') setSave({ kind: 'saved', at: s.at });
        else if (s.error instanceof ConflictError) {
          setSave({ kind: 'conflict' });
          setConflict(true);
        } else
          setSave({
            kind: 'error',
            message: s.error instanceof Error ? s.error.message : String(s.error),
          });
      },
    });
    autosaver.current = saver;
    const uninstall = installPageHideFlush(saver);
    return () => {
      uninstall();
      autosaver.current = null;
      void saver
        .flush()
        .catch(() => undefined)
        .finally(() => saver.dispose());
    };
  }, [store, record.id, setSave]);
  useEffect(() => {
    if (history.report === savedReport.current || !autosaver.current) return;
    autosaver.current.schedule();
    // The status must not say 已保存 while a change is still waiting for its save.
    if (saveStatus.get().kind === 'saved') setSave({ kind: 'saving' });
  }, [history.report, saveStatus, setSave]);

  // Another tab: is the draft open there, and did it save a newer version?
  useEffect(() => {
    let release: (() => void) | undefined;
    let live = true;
    void claimDraft(record.id).then((claim) => {
      if (!live) return claim.release();
      release = claim.release;
      setElsewhere(!claim.owner);
    });
    const unwatch = watchDrafts((m) => {
      if (m.id !== record.id) return;
      if (m.type === 'saved' && m.revision > revision.current) setNewerElsewhere(true);
    });
    return () => {
      live = false;
      release?.();
      unwatch();
    };
  }, [record.id]);

  const onSection = (key: string) => {
    setSection(key);
    void store.saveUi(record.id, { section: key }).catch(() => undefined);
  };

  const download = () =>
    downloadFile(
      safeFileName(`${history.report.agency}${history.report.year}年报告-草稿.json`),
      JSON.stringify(history.report, null, 2),
    );

  const status = (
    <>
      <SaveStatus status={saveStatus} onDownload={download} />
      <button type="button" onClick={() => navigate({ page: 'drafts' })}>
        返回草稿列表
      </button>
    </>
  );
  const readOnly = elsewhere || newerElsewhere || conflict;
  return (
    <>
      {(elsewhere || newerElsewhere || conflict) && (
        <div className="alert" role="alert">
          {newerElsewhere || conflict
            ? '这份草稿已在另一个标签页中修改并保存。为避免覆盖，本页已停止编辑。'
            : '这份草稿已在另一个标签页中打开。为避免互相覆盖，本页只能查看。'}{' '}
          <button type="button" onClick={() => window.location.reload()}>
            重新载入最新内容
          </button>{' '}
          {conflict && (
            <button type="button" onClick={download}>
              下载本页内容
            </button>
          )}
        </div>
      )}
      <EditorView
        history={history}
        section={section}
        onSection={onSection}
        status={status}
        readOnly={readOnly}
      />
    </>
  );
}

class ConflictError extends Error {}

function SaveStatus({
  status,
  onDownload,
}: {
  readonly status: ValueStore<SaveState>;
  readonly onDownload: () => void;
}) {
  const state = useSyncExternalStore(status.subscribe, status.get);
  if (state.kind === 'error')
    return (
      <span className="save-status save-error" role="alert">
        保存失败：{state.message}{' '}
        <button type="button" onClick={onDownload}>
          下载草稿文件
        </button>
      </span>
    );
  const text =
    state.kind === 'saving'
      ? '正在保存…'
      : state.kind === 'conflict'
        ? '未保存（另一标签页已修改）'
        : `已保存 ${new Date(state.at).toLocaleTimeString('zh-CN', { hour12: false })}`;
  return (
    <span className="save-status" role="status" data-testid="save-status">
      {text}
    </span>
  );
}
