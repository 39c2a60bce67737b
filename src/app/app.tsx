import { lazy, Suspense, useEffect, useRef, useState, type DragEvent } from 'react';
import type { Report } from '../domain/index.ts';
import { openDraftStore, StorageError, type DraftStore } from '../storage/index.ts';
import { DraftsPage } from './drafts/drafts-page.tsx';
import type { ImportedSource } from './import/import-controls.tsx';
import { OpenReportButton } from './open-report/open-report-button.tsx';
import { readReportFile } from './open-report/read-report-file.ts';
import { useFocusOnPageChange } from './shared/route-focus.ts';
import { storageSilentMessage } from './shared/storage-silence.ts';
import { navigate, useHashRoute } from './shared/use-hash-route.ts';

// The grid (TanStack Table, the paste and keyboard code) loads with the first editor or table
// shown, keeping the start page's JavaScript small.
const loadEditor = () => import('./editor/editor-page.tsx');
// Opened straight on a draft (a reload, a bookmark): fetch the editor while the drafts open.
if (window.location.hash.startsWith('#/draft/')) void loadEditor();
const EditorPage = lazy(() => loadEditor().then((m) => ({ default: m.EditorPage })));
const ImportReview = lazy(() =>
  import('./import/import-review.tsx').then((m) => ({ default: m.ImportReview })),
);
const AggregatePage = lazy(() =>
  import('./aggregate/aggregate-page.tsx').then((m) => ({ default: m.AggregatePage })),
);
const HelpPage = lazy(() => import('./help/help-page.tsx').then((m) => ({ default: m.HelpPage })));
const ReportView = lazy(() =>
  import('./report-view/report-view.tsx').then((m) => ({ default: m.ReportView })),
);

type StoreState =
  | { readonly kind: 'opening' }
  | { readonly kind: 'ready'; readonly store: DraftStore }
  | { readonly kind: 'failed'; readonly message: string }
  /** The browser never answered opening IndexedDB: told in words for the page shown. */
  | { readonly kind: 'silent' };

export function App() {
  const route = useHashRoute();
  const [store, setStore] = useState<StoreState>({ kind: 'opening' });
  const [viewing, setViewing] = useState<Report | null>(null);
  const [importing, setImporting] = useState<ImportedSource | null>(null);
  const [error, setError] = useState<string | null>(null);
  const app = useRef<HTMLDivElement>(null);
  const pageKey = importing
    ? 'import'
    : viewing
      ? 'view'
      : route.page === 'editor'
        ? `editor/${route.draftId}`
        : route.page;
  useFocusOnPageChange(pageKey, app);

  useEffect(() => {
    openDraftStore().then(
      (s) => setStore({ kind: 'ready', store: s }),
      (e: unknown) =>
        setStore(
          e instanceof StorageError && e.kind === 'timeout'
            ? { kind: 'silent' }
            : { kind: 'failed', message: e instanceof Error ? e.message : String(e) },
        ),
    );
  }, []);

  // Files dropped one after another: only the last one's answer counts.
  const reading = useRef(0);
  const open = async (file: File) => {
    const request = ++reading.current;
    const result = await readReportFile(file);
    if (request !== reading.current) return;
    // A bad file never replaces what is open.
    if (result.ok) {
      setViewing(result.report);
      setError(null);
    } else {
      setError(result.message);
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) void open(file);
  };
  const viewButton = <OpenReportButton onFile={(f) => void open(f)} label="查看报告文件…" />;

  return (
    <div className="app" ref={app} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <header className="app-header">
        <a className="app-title" href="#/" onClick={() => setViewing(null)}>
          政府信息公开工作年度报告
        </a>
        <nav className="app-nav" aria-label="页面">
          <a href="#/help">帮助</a>
        </nav>
        {/* Secondary: the drafts page's 新建报告 is the one primary action. */}
        <div className="header-secondary">{viewButton}</div>
      </header>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      {(store.kind === 'failed' || store.kind === 'silent') && (
        <p className="alert" role="alert">
          {store.kind === 'failed'
            ? store.message
            : storageSilentMessage(route.page === 'editor' ? 'editor' : 'drafts')}
        </p>
      )}
      <Suspense fallback={<p className="loading">正在载入…</p>}>
        {route.page === 'help' && !viewing && !importing ? (
          <HelpPage />
        ) : importing && store.kind === 'ready' ? (
          <ImportReview
            source={importing}
            onCancel={() => setImporting(null)}
            onCreate={async (report) => {
              const record = await store.store.createFrom(report);
              setImporting(null);
              navigate({ page: 'editor', draftId: record.id });
            }}
          />
        ) : viewing ? (
          <ReportView report={viewing} onClose={() => setViewing(null)} />
        ) : store.kind !== 'ready' ? (
          <main className="empty-state">
            {store.kind === 'opening' ? (
              <p>正在打开草稿库…</p>
            ) : (
              <p>草稿无法保存在这个浏览器中，仍可用上方的“查看报告文件…”查看报告。</p>
            )}
          </main>
        ) : route.page === 'aggregate' ? (
          <AggregatePage store={store.store} />
        ) : route.page === 'editor' ? (
          <EditorPage key={route.draftId} store={store.store} draftId={route.draftId} />
        ) : (
          <DraftsPage store={store.store} onImported={setImporting} />
        )}
      </Suspense>
    </div>
  );
}
