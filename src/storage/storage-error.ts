/**
 * The one error every storage operation rejects with, carrying a Chinese sentence a clerk can act
 * on (what happened, that the draft may not be saved, what to do) and the browser's error as
 * `cause` for the console.
 */

/**
 * - `unavailable`: the browser offers no IndexedDB or refuses it (private mode, policy, file:// in
 *   some browsers);
 * - `quota`: storage is full;
 * - `blocked`: an older version of the app in another tab holds the database open;
 * - `closed`: the connection was closed (another tab upgraded the database, or the browser closed it);
 * - `timeout`: the browser never answered opening the database (the app words this per page);
 * - `failed`: anything else the browser reported.
 */
export type StorageErrorKind =
  'unavailable' | 'quota' | 'blocked' | 'closed' | 'timeout' | 'failed';

const ADVICE = '请立即下载草稿文件保存到电脑上，以免丢失。';

const MESSAGES: Record<StorageErrorKind, string> = {
  unavailable: `浏览器拒绝保存草稿（存储空间已满或被禁用，例如无痕模式或安全策略禁止了 IndexedDB），本次修改不会保留到下次打开。${ADVICE}`,
  quota: `浏览器存储空间已满，草稿未能保存。${ADVICE}然后清理浏览器存储空间或删除不用的草稿。`,
  blocked: `另一个标签页正在使用旧版本的本工具，草稿库暂时无法打开。请关闭本工具的其他标签页后刷新本页。`,
  closed: `与浏览器草稿库的连接已断开（可能在另一个标签页中打开了新版本），本次修改未能保存。${ADVICE}然后刷新本页。`,
  timeout: `浏览器的草稿库没有响应，草稿暂时无法打开或保存。请关闭本工具的其他标签页后刷新本页。`,
  failed: `浏览器拒绝保存草稿（存储空间已满或被禁用），本次操作未能完成。${ADVICE}`,
};

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, cause?: unknown, message: string = MESSAGES[kind]) {
    super(message, { cause });
    this.kind = kind;
  }
}

/** The `name` of a thrown DOMException / Error, if any. */
export function errorName(error: unknown): string | undefined {
  if (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    typeof error.name === 'string'
  )
    return error.name;
  return undefined;
}

/** Maps whatever IndexedDB threw or rejected with to a StorageError (a StorageError passes through). */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return new StorageError('quota', error);
    case 'InvalidStateError':
      // A transaction on a closed connection.
      return new StorageError('closed', error);
    case 'SecurityError':
    case 'NotAllowedError':
      return new StorageError('unavailable', error);
    default:
      return new StorageError('failed', error);
  }
}
