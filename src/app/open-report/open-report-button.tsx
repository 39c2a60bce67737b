import { useId } from 'react';
import { FilePickerButton } from '../shared/file-picker-button.tsx';

export interface OpenReportButtonProps {
  readonly onFile: (file: File) => void;
  readonly label?: string;
}

/** A real button (keyboard reachable) that opens the browser's file chooser for a report JSON. */
export function OpenReportButton({ onFile, label = '打开报告文件…' }: OpenReportButtonProps) {
  const id = useId();
  return (
    <>
      <FilePickerButton
        className="primary"
        accept=".json,application/json"
        testId="open-report-input"
        describedBy={`${id}-hint`}
        onFiles={([file]) => {
          if (file) onFile(file);
        }}
      >
        {label}
      </FilePickerButton>
      <span id={`${id}-hint`} className="hint">
        本工具保存的报告 JSON（.json），也可以把文件拖到页面上
      </span>
    </>
  );
}
