/** The one line for a file too large to be an annual report, shared by every importer. */

const MB = 1024 * 1024;

/** The reason to refuse a file of `size` bytes over `limit`, or null when it is within it. */
export function tooLargeReason(name: string, size: number, limit: number): string | null {
  if (size <= limit) return null;
  return `“${name}”有 ${(size / MB).toFixed(1)} MB，超过 ${limit / MB} MB，不像是一份年度报告，未读取`;
}
