/**
 * 报告信息 from the drafts list: the same dialog as in the editor (机关名称, 年度, 落款, and here
 * the list's name too), saved into the stored draft. A draft open in another tab that saved
 * meanwhile is not overwritten: the user is told to edit it there.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DraftMeta, DraftRecord, DraftStore } from '../../storage/index.ts';
import { ReportPropertiesDialog } from '../report-properties/report-properties-dialog.tsx';

export interface DraftPropertiesResult {
  readonly ok: boolean;
  readonly message: string;
}

export function DraftPropertiesDialog({
  store,
  draft,
  onDone,
}: {
  readonly store: DraftStore;
  readonly draft: DraftMeta;
  /** Closed: with what happened, or null when cancelled. */
  readonly onDone: (result: DraftPropertiesResult | null) => void;
}) {
  const [record, setRecord] = useState<DraftRecord | null>(null);
  const saved = useRef<Promise<DraftPropertiesResult> | null>(null);
  const done = useRef(onDone);
  useLayoutEffect(() => {
    done.current = onDone;
  });
  useEffect(() => {
    const onDone = (result: DraftPropertiesResult) => done.current(result);
    let live = true;
    store.get(draft.id).then(
      (r) => {
        if (!live) return;
        if (r) setRecord(r);
        else onDone({ ok: false, message: `找不到“${draft.name}”，它可能已在其他标签页中删除。` });
      },
      (e: unknown) =>
        live && onDone({ ok: false, message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [store, draft]);
  if (!record) return null;

  const save = (report: DraftRecord['report'], name: string | undefined) => {
    saved.current = (async () => {
      const changed = JSON.stringify(report) !== JSON.stringify(record.report);
      if (changed) {
        const result = await store.save(record.id, report, record.revision, {
          ...(record.pending ? { pending: record.pending } : {}),
        });
        if (!result.ok)
          return {
            ok: false,
            message:
              result.reason === 'conflict'
                ? `“${record.name}”刚在另一个标签页中保存过，报告信息未更改；请在打开它的标签页中修改。`
                : `找不到“${record.name}”，它可能已在其他标签页中删除。`,
          };
      }
      if (name !== undefined && name !== record.name) await store.rename(record.id, name);
      // The name as stored now (a default name follows the agency and year).
      const stored = (await store.get(record.id))?.name ?? record.name;
      return { ok: true, message: `已更新“${stored}”的报告信息。` };
    })();
  };
  return (
    <ReportPropertiesDialog
      report={record.report}
      name={record.name}
      onSave={save}
      onClose={() => {
        if (!saved.current) return onDone(null);
        saved.current.then(onDone, (e: unknown) =>
          onDone({ ok: false, message: e instanceof Error ? e.message : String(e) }),
        );
      }}
    />
  );
}
