import { useId } from 'react';
import { IMPORT_ACCEPT } from '../../io/import/import-file.ts';
import { FilePickerButton } from '../shared/file-picker-button.tsx';

export interface OpenReportButtonProps {
  readonly onFile: (file: File) => void;
  readonly label?: string;
}

/**
 * A real button (keyboard reachable) that opens the browser's file chooser for a report: our
 * JSON or any kind the importers read.
 */
export function OpenReportButton({ onFile, label = '打开报告文件…' }: OpenReportButtonProps) {
  const id = useId();
  return (
    <>
      <FilePickerButton
        className="primary"
        accept={IMPORT_ACCEPT}
        testId="open-report-input"
        describedBy={`${id}-hint`}
        onFiles={([file]) => {
          if (file) onFile(file);
        }}
      >
        {label}
      </FilePickerButton>
      <span id={`${id}-hint`} className="hint">
        本工具保存的报告 JSON，或 PDF、Word、网页、文本格式的报告，也可以把文件拖到页面上
      </span>
    </>
  );
}
