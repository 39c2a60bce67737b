/**
 * What the command line needs from the outside world. `main.ts` passes the real file system and
 * process streams; tests pass the same file system with captured output, so every command runs
 * in-process.
 */
export interface CliIo {
  /** The file's bytes; rejects with a Node-style error (`code` ENOENT, EISDIR, EACCES…). */
  readFile(path: string): Promise<Uint8Array>;
  /** Writes the whole file (or nothing, when it fails). */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Creates the folder (and its parents) when missing. */
  makeDirectory?(path: string): Promise<void>;
  /** The file's size in bytes, when it can be known before reading (lets huge files be refused unread). */
  fileSize?(path: string): Promise<number>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** 0: all good; 1: the report has errors; 2: nothing usable (unreadable or unrecognised input, usage error). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

/** The `code` of a Node file-system error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
