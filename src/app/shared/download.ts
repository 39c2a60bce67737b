/** Offers a file to the user through the browser's download (no network involved). */
export function downloadFile(
  name: string,
  content: string | Blob,
  type = 'application/json',
): void {
  const blob =
    typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** File-name-safe text (Windows forbids \ / : * ? " < > |). */
export function safeFileName(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '_');
}
