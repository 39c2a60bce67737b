import { useId, useRef } from 'react';

export interface OpenReportButtonProps {
  readonly onFile: (file: File) => void;
  readonly label?: string;
}

/** A real button (keyboard reachable) that opens the browser's file chooser for a report JSON. */
export function OpenReportButton({ onFile, label = '打开报告文件…' }: OpenReportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="primary"
        onClick={() => input.current?.click()}
        aria-describedby={`${id}-hint`}
      >
        {label}
      </button>
      <span id={`${id}-hint`} className="hint">
        本工具保存的报告 JSON（.json），也可以把文件拖到页面上
      </span>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="open-report-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
