/**
 * What a government website prints around a report, which comes along when the whole page is
 * copied as text (Ctrl+A) or printed: the article's meta line (发布时间 / 来源 / 浏览次数,
 * 【字体：大 中 小】), its tools (打印本页, 关闭窗口, 分享到, 扫一扫), links to the neighbouring
 * articles and the site's footer (主办单位, 网站标识码, ICP 备案号, 公网安备). The words are the
 * websites', not the report's: a line of report text that happens to mention one of them is a
 * sentence, and sentences are never taken for page furniture. Words a report may well use in a
 * line broken out of a sentence (技术支持, 网站地图, 扫一扫) count only in the website's own
 * phrasing ("技术支持：", "扫一扫在手机打开当前页").
 */

/** Lines only a website prints; from the first of them on, the rest of the page is its footer. */
const FOOTER: readonly RegExp[] = [
  /网站标识码|ICP\s*备|ICP\s*证|公网安备/iu,
  /打印本页|关闭窗口|返回顶部|扫一扫在手机/u,
];

/** Other lines of the website around the article. */
const FURNITURE: readonly RegExp[] = [
  // The meta line under the title.
  /^(?:发布时间|发布日期|信息来源|来源|浏览次数|点击次数|阅读次数|访问次数|访问量)\s*[:：]/u,
  /字体\s*[:：]?\s*【?\s*大\s*】?\s*【?\s*中\s*】?\s*【?\s*小/u,
  // Sharing, the neighbouring articles, the footer's labels.
  /^分享到|^(?:上一篇|下一篇)\s*[:：]|(?:主办单位|承办单位|技术支持)\s*[:：]|版权所有/u,
];

/** A sentence of text (report text ends its sentences; page furniture does not). */
const SENTENCE = /[。！？；]/u;

/**
 * True for a line of the website around the report rather than the report.
 * @example isWebChrome('网站标识码：bm01000001 京ICP备05079023号') // true
 */
export function isWebChrome(text: string): boolean {
  return !SENTENCE.test(text) && [...FOOTER, ...FURNITURE].some((m) => m.test(text));
}

/**
 * True for a line only the website's footer or article tools print (网站标识码, ICP 备案号,
 * 打印本页, 关闭窗口): what follows it is the website's too.
 */
export function isWebFooter(text: string): boolean {
  return !SENTENCE.test(text) && FOOTER.some((m) => m.test(text));
}
