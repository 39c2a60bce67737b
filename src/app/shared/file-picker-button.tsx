/** A real button (keyboard reachable) that opens the browser's file chooser of a hidden input. */
import { useRef, type ReactNode } from 'react';

export interface FilePickerButtonProps {
  /** The button's label. */
  readonly children: ReactNode;
  readonly accept: string;
  readonly multiple?: boolean;
  readonly disabled?: boolean;
  /** The input's data-testid (end-to-end tests hand files to the input). */
  readonly testId: string;
  /** The chosen files; not called when the chooser is cancelled. */
  readonly onFiles: (files: File[]) => void;
  /** The chooser is being opened: the user means to hand over a file. */
  readonly onOpen?: () => void;
  readonly className?: string;
  /** The id of a hint that describes the button. */
  readonly describedBy?: string;
}

export function FilePickerButton({
  children,
  accept,
  multiple = false,
  disabled = false,
  testId,
  onFiles,
  onOpen,
  className,
  describedBy,
}: FilePickerButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={disabled}
        aria-describedby={describedBy}
        onClick={() => {
          onOpen?.();
          input.current?.click();
        }}
      >
        {children}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        multiple={multiple}
        data-testid={testId}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          // Emptied so that choosing the same file again is a change too.
          e.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
