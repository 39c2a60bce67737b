/** Why a file could not be written, as the commands that write one (`-o OUT`, docx) say it. */
import { errorCode } from './cli-io.ts';

/**
 * The reason after "无法写入 OUT：".
 * @example writeFailure(Object.assign(new Error(), { code: 'ENOSPC' })) // '磁盘空间不足'
 */
export function writeFailure(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return '所在的文件夹不存在';
    case 'EISDIR':
      return '这是一个文件夹';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return '没有写入权限';
    case 'ENOSPC':
      return '磁盘空间不足';
    default:
      return errorCode(error) ?? (error instanceof Error ? error.message : String(error));
  }
}
