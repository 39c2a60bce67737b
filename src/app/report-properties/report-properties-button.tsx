/** 报告信息 in the editor's header: opens the properties dialog; focus comes back to it after. */
import { useRef, useState } from 'react';
import type { Report } from '../../domain/index.ts';
import { ReportPropertiesDialog } from './report-properties-dialog.tsx';

export function ReportPropertiesButton({
  report,
  disabled,
  onSave,
}: {
  readonly report: Report;
  readonly disabled: boolean;
  readonly onSave: (next: Report) => void;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        disabled={disabled}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        报告信息
      </button>
      {open && (
        <ReportPropertiesDialog
          report={report}
          onSave={(next) => onSave(next)}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
