/**
 * Opens one draft from IndexedDB into a draft session (src/session), which owns the edit loop
 * and keeps it saved: every change, keystrokes in cells included, shortly after it is painted,
 * the latest state journalled on page hide, never silently over another tab's newer save, and
 * with a download offered when the browser refuses to store anything.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { DraftSession, installPageLifecycle, type SaveState } from '../../session/index.ts';
import {
  announceDraft,
  claimDraft,
  watchDrafts,
  type DraftJournal,
  type DraftRecord,
  type DraftStore,
} from '../../storage/index.ts';
import { downloadFile, safeFileName } from '../shared/download.ts';
import { navigate } from '../shared/use-hash-route.ts';
import { STORAGE_SILENT_MS, storageSilentMessage } from '../shared/storage-silence.ts';
import { EditorView } from './editor-view.tsx';

type Opened = { readonly record: DraftRecord; readonly journal: DraftJournal | undefined };

export function EditorPage({
  store,
  draftId,
}: {
  readonly store: DraftStore;
  readonly draftId: string;
}) {
  const [opened, setOpened] = useState<Opened | null | 'missing'>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // A browser whose IndexedDB never answers must not leave the clerk looking at 正在打开.
    const silent = setTimeout(
      () => live && setLoadError(storageSilentMessage('editor')),
      STORAGE_SILENT_MS,
    );
    Promise.all([store.get(draftId), store.readJournal(draftId)]).then(
      ([record, journal]) => {
        clearTimeout(silent);
        if (!live) return;
        setLoadError(null);
        setOpened(record ? { record, journal } : 'missing');
      },
      (e: unknown) => {
        clearTimeout(silent);
        if (live) setLoadError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      live = false;
      clearTimeout(silent);
    };
  }, [store, draftId]);
  if (loadError)
    return (
      <p className="alert" role="alert">
        {loadError}
      </p>
    );
  if (opened === 'missing')
    return (
      <main className="empty-state">
        <h1>找不到这份草稿</h1>
        <p>它可能已在其他标签页中删除。</p>
        <button type="button" onClick={() => navigate({ page: 'drafts' })}>
          返回草稿列表
        </button>
      </main>
    );
  if (!opened) return <p className="loading">正在打开草稿…</p>;
  const { record, journal } = opened;
  return (
    <DraftEditor
      key={`${record.id}:${record.revision}`}
      store={store}
      record={record}
      journal={journal}
    />
  );
}

/**
 * Runs a save after the next frame is painted (a keystroke's paint never waits for it), at the
 * latest 100 ms later: a hidden page paints no frames.
 */
function afterPaint(run: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    run();
  };
  const fallback = setTimeout(once, 100);
  if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(once, 0));
  return () => {
    done = true;
    clearTimeout(fallback);
  };
}

function DraftEditor({
  store,
  record,
  journal,
}: {
  readonly store: DraftStore;
  readonly record: DraftRecord;
  readonly journal: DraftJournal | undefined;
}) {
  const [session] = useState(
    () =>
      new DraftSession({
        store,
        record,
        ...(journal ? { journal } : {}),
        schedule: afterPaint,
        onSaved: (revision) => announceDraft({ type: 'saved', id: record.id, revision }),
      }),
  );
  const [section, setSection] = useState(record.ui.section ?? 'requests');
  const [elsewhere, setElsewhere] = useState(false);
  const [newerElsewhere, setNewerElsewhere] = useState(false);
  const conflict = useSyncExternalStore(
    session.subscribeSave,
    () => session.getSaveState().kind === 'conflict',
  );

  // Page hide / unload: the latest state journalled at once; leaving with unsaved work asks first.
  useEffect(() => {
    const uninstall = installPageLifecycle(session);
    return () => {
      uninstall();
      // Leaving the editor inside the app (返回草稿列表): what is left is saved.
      void session.flush();
    };
  }, [session]);

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
      if (m.type === 'saved' && m.revision > session.savedRevision) setNewerElsewhere(true);
    });
    return () => {
      live = false;
      release?.();
      unwatch();
    };
  }, [record.id, session]);

  const onSection = (key: string) => {
    setSection(key);
    void store.saveUi(record.id, { section: key }).catch(() => undefined);
  };

  const download = () => {
    const report = session.currentReport;
    downloadFile(
      safeFileName(`${report.agency}${report.year}年报告-草稿.json`),
      JSON.stringify(report, null, 2),
    );
  };

  const status = (
    <>
      <SaveStatus session={session} onDownload={download} />
      <button type="button" onClick={() => navigate({ page: 'drafts' })}>
        返回草稿列表
      </button>
    </>
  );
  const readOnly = elsewhere || newerElsewhere || conflict;
  return (
    <>
      {readOnly && (
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
        session={session}
        section={section}
        onSection={onSection}
        status={status}
        readOnly={readOnly}
      />
    </>
  );
}

/** The save status (it changes around every keystroke; only this line re-renders for it). */
function SaveStatus({
  session,
  onDownload,
}: {
  readonly session: DraftSession;
  readonly onDownload: () => void;
}) {
  const state: SaveState = useSyncExternalStore(session.subscribeSave, session.getSaveState);
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
