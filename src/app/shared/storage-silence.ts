/**
 * IndexedDB that never answers (seen in some locked-down browsers): the clerk hears about it
 * within 3 s, in words for the page in front of them.
 */

/** How long a storage request may stay unanswered before the user is told. */
export const STORAGE_SILENT_MS = 2_500;

export type SilentStoragePage = 'drafts' | 'editor';

/** The Chinese sentence for the page the user is on. */
export function storageSilentMessage(page: SilentStoragePage): string {
  return page === 'editor'
    ? '浏览器的草稿库没有响应，这份草稿暂时打不开。草稿仍保存在浏览器中：请关闭本工具的其他标签页后刷新本页；仍不行时请重新启动浏览器。'
    : '浏览器的草稿库没有响应，草稿列表暂时无法显示，也不能新建草稿。请关闭本工具的其他标签页后刷新本页；仍不行时请重新启动浏览器，或改用“查看报告文件…”查看报告。';
}
