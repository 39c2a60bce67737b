/**
 * The inline style sheet of the HTML export: a readable page on screen and, in print, an A4
 * official document after GB/T 9704—2012 (margins 37 mm top, 35 mm bottom, 28 mm left
 * (订口), 26 mm right; 三号仿宋 body, 黑体 first-level headings, 楷体 second-level ones,
 * 小标宋 title, page numbers "— 1 —"). Only system fonts are named: the file loads nothing.
 */

const SERIF_FALLBACK = '"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif';
const FANGSONG = `FangSong, 仿宋, FangSong_GB2312, 仿宋_GB2312, STFangsong, ${SERIF_FALLBACK}`;
const KAITI = `KaiTi, 楷体, KaiTi_GB2312, 楷体_GB2312, STKaiti, ${SERIF_FALLBACK}`;
const HEITI =
  'SimHei, 黑体, "Heiti SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
const TITLE = `方正小标宋简体, 方正小标宋_GBK, "FZXiaoBiaoSong-B05S", SimSun, 宋体, ${SERIF_FALLBACK}`;
const SONG = `SimSun, 宋体, ${SERIF_FALLBACK}`;

/**
 * The style sheet; with `draft`, every printed page is headed 草稿. `extra` holds the rules that
 * depend on the document (the 落款's indents, the tables' figure-column widths).
 */
export function reportCss(draft: boolean, extra = ''): string {
  const draftPage = draft
    ? `
@page { @top-center { content: "草稿"; font-family: ${HEITI}; font-size: 14pt; color: #b00020; } }`
    : '';
  return `
html { background: #fff; color: #000; }
body { margin: 0; font-family: ${FANGSONG}; font-size: 12pt; line-height: 1.8; }
.report { max-width: 48em; margin: 0 auto; padding: 2em 1.5em 3em; }
.draft-mark { margin: 0 0 1em; padding: 0.4em 0.8em; border: 2px solid #b00020; color: #b00020;
  font-family: ${HEITI}; text-indent: 0; }
h1 { margin: 0 0 1.2em; font-family: ${TITLE}; font-size: 1.6em; font-weight: normal;
  line-height: 1.5; text-align: center; }
h1 span { display: block; }
h1 .title-year { white-space: nowrap; }
h2 { margin: 0.6em 0 0; font-family: ${HEITI}; font-size: 1em; font-weight: normal;
  text-indent: 2em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
.subheading { font-family: ${KAITI}; font-weight: normal; }
table.stats { width: 100%; margin: 0.6em 0 1em; border-collapse: collapse; border: 1px solid #000;
  font-size: 0.8em; line-height: 1.4; text-indent: 0; }
/* The section heading above names the table on the page; the caption names it for screen readers
   and for a CMS that takes the table alone. */
.stats caption { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; }
.stats thead th { font-weight: bold; }
.stats th.vertical { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 0.1em; }
.closing { margin-top: 2em; }
.closing p { text-indent: 0; text-align: right; }
.closing p.contact { margin-top: 1em; text-indent: 2em; text-align: left; }
.closing p.contact + p.contact { margin-top: 0; }
.stats th, .stats td { padding: 0.3em 0.4em; border: 1px solid #000; vertical-align: middle;
  font-weight: normal; text-align: center; }
.stats th { text-wrap: balance; }
.stats thead th, .stats th.title { font-weight: bold; }
.stats .note { font-size: 0.92em; }
.stats th.label { text-align: left; }
.stats th.group { text-align: center; }
.stats td.num { font-family: ${SONG}; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
/* GB/T 9704 页码: 单页码居右空一字，双页码居左空一字 (odd pages right, even pages left). */
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; font-family: ${SONG};
  font-size: 14pt; padding-right: 14pt; } }
@page :left { @bottom-left { content: "— " counter(page) " —";
  font-family: ${SONG}; font-size: 14pt; padding-left: 14pt; } }${draftPage}
@media print {
  body { font-size: 16pt; line-height: 28pt; }
  .report { max-width: none; margin: 0; padding: 0; }
  h1 { font-size: 22pt; line-height: 1.5; margin-bottom: 28pt; }
  h2 { margin-top: 0; break-after: avoid; page-break-after: avoid; }
  p { orphans: 2; widows: 2; }
  table.stats { font-size: 10pt; line-height: 1.3; }
  .closing { break-inside: avoid; page-break-inside: avoid; }
  .stats th, .stats td { padding: 0.1em 0.25em; }
  .draft-mark { border-width: 1pt; font-size: 12pt; line-height: 1.6; }
}
${extra}
`;
}
