/** The start page: the drafts in this browser, a new report, and backups of all drafts. */
import { useCallback, useEffect, useState } from 'react';
import { getTemplate } from '../../domain/index.ts';
import {
  announceDraft,
  backupFileName,
  watchDrafts,
  type DraftMeta,
  type DraftStore,
} from '../../storage/index.ts';
import { downloadFile } from '../shared/download.ts';
import { STORAGE_SILENT_MS, storageSilentMessage } from '../shared/storage-silence.ts';
import { FilePickerButton } from '../shared/file-picker-button.tsx';
import { navigate } from '../shared/use-hash-route.ts';
import { ImportControls, type ImportedSource } from '../import/import-controls.tsx';
import { NewDraftForm } from './new-draft-form.tsx';
import { DraftPropertiesDialog } from './draft-properties-dialog.tsx';

export interface DraftsPageProps {
  readonly store: DraftStore;
  /** A report file was read: the app shows it for review before anything is saved. */
  readonly onImported: (source: ImportedSource) => void;
}

export function DraftsPage({ store, onImported }: DraftsPageProps) {
  const [drafts, setDrafts] = useState<readonly DraftMeta[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [editing, setEditing] = useState<DraftMeta | null>(null);

  const refresh = useCallback(() => {
    // A browser whose IndexedDB stops answering: say so within 3 s rather than show nothing.
    const silent = setTimeout(
      () => setMessage({ kind: 'error', text: storageSilentMessage('drafts') }),
      STORAGE_SILENT_MS,
    );
    store.list().then(
      (list) => {
        clearTimeout(silent);
        setDrafts(list);
      },
      (e: unknown) => {
        clearTimeout(silent);
        setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
      },
    );
  }, [store]);
  useEffect(refresh, [refresh]);
  // Another tab created, saved, renamed or deleted a draft: show it here too.
  useEffect(() => watchDrafts(refresh), [refresh]);

  const act = async (action: () => Promise<unknown>, done?: string) => {
    try {
      await action();
      if (done) setMessage({ kind: 'ok', text: done });
      announceDraft({ type: 'list-changed' });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
    refresh();
  };

  const create = (agency: string, year: number) =>
    void act(async () => {
      const record = await store.create({ agency, year });
      navigate({ page: 'editor', draftId: record.id });
    });

  const backup = () =>
    void act(async () => {
      const text = await store.exportBackup();
      downloadFile(backupFileName(), text);
    }, '已下载全部草稿的备份文件。');

  const restore = (file: File) =>
    void act(async () => {
      const result = await store.importBackup(await file.text());
      if (!result.ok) throw new Error(result.message);
      // Draft by draft: what could be restored is; each draft that could not is named with why.
      const done = [
        `已从备份恢复 ${result.added} 份草稿。`,
        result.skipped > 0 ? `${result.skipped} 份与浏览器中已有的草稿相同，未重复添加。` : '',
        ...result.rejected,
      ].join('');
      setMessage({ kind: result.rejected.length > 0 ? 'error' : 'ok', text: done });
    });

  return (
    <main className="drafts-page">
      <section className="drafts-list" aria-labelledby="drafts-heading">
        <div className="drafts-head">
          <h1 id="drafts-heading">我的年度报告草稿</h1>
          <div className="drafts-tools">
            <button type="button" onClick={() => navigate({ page: 'aggregate' })}>
              汇总多份报告
            </button>
            <button type="button" onClick={backup} disabled={!drafts?.length}>
              下载全部草稿备份
            </button>
            <FilePickerButton
              accept=".json,application/json"
              testId="restore-backup-input"
              onFiles={([file]) => {
                if (file) restore(file);
              }}
            >
              从备份恢复…
            </FilePickerButton>
          </div>
        </div>
        {message && (
          <p
            className={message.kind === 'error' ? 'alert' : 'success'}
            role={message.kind === 'error' ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}
        {drafts === null ? (
          <p>正在读取草稿…</p>
        ) : drafts.length === 0 ? (
          <p className="empty">还没有草稿。在右侧新建一份年度报告。</p>
        ) : (
          <table className="drafts-table">
            <thead>
              <tr>
                <th scope="col">名称</th>
                <th scope="col">机关</th>
                <th scope="col">年度</th>
                <th scope="col">格式</th>
                <th scope="col">最后编辑</th>
                <th scope="col">状态</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((d) => (
                <tr key={d.id} data-draft={d.id}>
                  <th scope="row">
                    <a href={`#/draft/${d.id}`}>{d.name}</a>
                  </th>
                  <td>{d.agency}</td>
                  <td className="num">{d.year}</td>
                  <td>{getTemplate(d.format).document}</td>
                  <td>{new Date(d.updatedAt).toLocaleString('zh-CN', { hour12: false })}</td>
                  <td
                    className={`draft-status ${d.status?.ready ? 'is-ready' : d.status?.exportable ? '' : 'has-errors'}`}
                    data-testid="draft-status"
                  >
                    {d.status?.label}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      onClick={() => navigate({ page: 'editor', draftId: d.id })}
                      aria-label={`打开 ${d.name}`}
                    >
                      打开
                    </button>
                    <button
                      type="button"
                      onClick={() => void act(() => store.duplicate(d.id), `已复制“${d.name}”。`)}
                      aria-label={`复制 ${d.name}`}
                    >
                      复制
                    </button>
                    <button
                      type="button"
                      aria-label={`报告信息 ${d.name}`}
                      data-draft-properties={d.id}
                      onClick={() => setEditing(d)}
                    >
                      报告信息
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={`删除 ${d.name}`}
                      onClick={() => {
                        if (
                          window.confirm(`确定删除“${d.name}”吗？删除后无法恢复（可先下载备份）。`)
                        )
                          void act(() => store.remove(d.id), `已删除“${d.name}”。`);
                      }}
                    >
                      删除
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {editing && (
        <DraftPropertiesDialog
          store={store}
          draft={editing}
          onDone={(text) => {
            const id = editing.id;
            setEditing(null);
            if (text) setMessage({ kind: text.ok ? 'ok' : 'error', text: text.message });
            announceDraft({ type: 'list-changed' });
            refresh();
            // Focus back on the row's button that opened the dialog.
            requestAnimationFrame(() =>
              document
                .querySelector<HTMLElement>(`[data-draft-properties="${CSS.escape(id)}"]`)
                ?.focus(),
            );
          }}
        />
      )}
      <aside className="drafts-side">
        <NewDraftForm onCreate={create} />
        <ImportControls onImported={onImported} />
      </aside>
    </main>
  );
}
