/**
 * Test-only: a report as a government website publishes it and a browser saves it — GBK bytes
 * with the charset in a <meta>, the site's chrome around the article (menus, breadcrumbs,
 * 【字体：大 中 小】, an information table with 索引号 and dates, 打印本页 / 关闭窗口, a footer
 * with 网站标识码, ICP 备案号 and telephone numbers), and the report as a CMS editor or Word's
 * "save as web page" writes it: inline styles everywhere, <td><p><span> cells, figures split
 * over spans and padded with &nbsp;, <br> inside labels, width attributes, header rows as <td>,
 * tables wrapped in <div>s, and optionally the whole page laid out with nested tables.
 */
import {
  outlineGrid,
  type OutlineBlock,
  type OutlineTable,
  type ReportOutline,
} from './report-outline.ts';

export interface GovPageOptions {
  /** How the charset is declared. */
  readonly charset?: 'meta' | 'http-equiv';
  /** The page laid out with tables (old CMS templates): the article sits in a layout table cell. */
  readonly layoutTables?: boolean;
  /** Word's "save as web page" markup pasted into the CMS (MsoNormal, <o:p>, conditional comments). */
  readonly wordMarkup?: boolean;
  /** The meta line and the tools (打印本页, 关闭窗口) inside the article's own element. */
  readonly toolsInArticle?: boolean;
  /** The page's <title> (default: the report's title and the site's name). */
  readonly headTitle?: string;
  /** The article prints no title of its own (only the page's <title> names the report). */
  readonly noPrintedTitle?: boolean;
}

const escape = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** A figure as CMS editors leave it: split over spans, padded with no-break spaces. */
function figureHtml(text: string, at: number): string {
  if (text.length >= 2 && at % 3 === 0) {
    const half = Math.ceil(text.length / 2);
    return `<span style="font-family:宋体">${escape(text.slice(0, half))}</span><span style="font-family:宋体">${escape(text.slice(half))}</span>`;
  }
  return at % 3 === 1
    ? `&nbsp;<span lang="EN-US" style="font-size:10.5pt">${escape(text)}</span>&nbsp;`
    : `<span lang="EN-US">${escape(text)}</span>`;
}

function tableHtml(table: OutlineTable, options: GovPageOptions): string {
  const width = Math.max(...outlineGrid(table).map((row) => row.length));
  const cellWidth = Math.round(600 / width);
  let at = 0;
  const rows = table.rows.map((row) => {
    const cells = row.map((cell) => {
      const spans =
        (cell.colSpan ? ` colspan="${cell.colSpan}"` : '') +
        (cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : '');
      const w = cellWidth * (cell.colSpan ?? 1);
      const style =
        'border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt;vertical-align:middle';
      const inner = cell.figure
        ? figureHtml(cell.text, at++)
        : cell.text
            .split('\n')
            .map((t) => `<span style="font-size:10.5pt;font-family:宋体">${escape(t)}</span>`)
            .join('<br>');
      const align = cell.figure ? 'right' : 'center';
      const p = options.wordMarkup
        ? `<p class="MsoNormal" align="${align}" style="text-align:${align}">${inner}<span lang="EN-US"><o:p></o:p></span></p>`
        : `<p style="text-align:${align};line-height:20px;margin:0">${inner}</p>`;
      return `<td width="${w}"${spans} valign="middle" style="${style};width:${w}px">${p}</td>`;
    });
    return `<tr style="height:28px">\n${cells.join('\n')}\n</tr>`;
  });
  return `<div align="center"><div class="table-wrap" style="overflow-x:auto">
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="600" style="width:450.0pt;border-collapse:collapse;border:none">
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div></div>`;
}

function blockHtml(block: OutlineBlock, options: GovPageOptions): string {
  const indent = 'text-indent:2em;line-height:28px;font-family:仿宋_GB2312;font-size:16px';
  switch (block.kind) {
    case 'title':
      // A title over two lines (the agency above the year title): a paragraph each, as CMS do.
      return block.text.includes('\n')
        ? `<div class="article-title">${block.text
            .split('\n')
            .map(
              (t) =>
                `<p align="center" style="text-align:center;font-size:22px"><b>${escape(t)}</b></p>`,
            )
            .join('\n')}</div>`
        : `<div class="article-title" style="text-align:center"><h1 style="font-size:22px">${escape(block.text)}</h1></div>`;
    case 'heading':
      return `<p style="${indent}"><strong><span style="font-family:黑体">${escape(block.text)}</span></strong></p>`;
    case 'paragraph': {
      const cls = options.wordMarkup ? ' class="MsoNormal"' : '';
      const body = block.lead
        ? `<span style="font-family:楷体_GB2312"><strong>${escape(block.lead)}</strong></span>${escape(block.text.slice(block.lead.length))}`
        : escape(block.text);
      return `<p${cls} style="${indent}">${body}${options.wordMarkup ? '<span lang="EN-US"><o:p></o:p></span>' : ''}</p>`;
    }
    case 'table':
      return tableHtml(block.table, options);
  }
}

/** What the site prints around the report (the same on the page and in a copy of its text). */
export const SITE = {
  skip: ['跳转到主要内容', '无障碍', '长者模式', 'English'],
  menu: ['首页', '政务公开', '政府信息公开', '政府信息公开年度报告', '互动交流', '办事服务'],
  crumbs: ['首页', '政务公开', '年度报告'],
  sidebarTitle: '政府信息公开',
  sidebar: [
    '政府信息公开指南',
    '政府信息公开制度',
    '法定主动公开内容',
    '政府信息公开年度报告',
    '2024年度报告',
    '2023年度报告',
  ],
  /** The information table above the article: label, value, label, value. */
  info: (title: string): string[][] => [
    ['索  引  号：', '000014349/2025-00012', '主题分类：', '综合政务'],
    ['发布机构：', '办公厅', '成文日期：', '2025-01-20'],
    ['名    称：', title, '发布日期：', '2025-01-21'],
  ],
  meta: ['发布时间：2025-01-21 10:30', '来源：办公厅', '浏览次数：1286'],
  fontSizes: ['大', '中', '小'],
  tools: ['【打印本页】', '【关闭窗口】'],
  qr: '扫一扫在手机打开当前页',
  footer: [
    ['主办单位：某某部办公厅', '地址：北京市朝阳区朝阳门南大街2号', '邮编：100701'],
    ['网站标识码：bm01000001', '京ICP备05079023号-1', '京公网安备11010102000011号'],
    ['联系电话：010-65961114', '传真：010-65962146', '总访问量：23,456,789'],
  ],
} as const;

const nbsp = (text: string): string => escape(text).replace(/ /gu, '&nbsp;');

/** The article: the information table above it, the title, the meta line, the report. */
function articleHtml(outline: ReportOutline, options: GovPageOptions): string {
  const [title, ...rest] = outline.blocks;
  const word = options.wordMarkup
    ? '<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->\n'
    : '';
  const info = SITE.info(outline.title)
    .map(
      (row) =>
        `<tr>${row.map((t, i) => `<td width="${i % 2 === 0 ? 12 : 38}%">${nbsp(t)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  const inside = options.toolsInArticle === true;
  const sizes = SITE.fontSizes
    .map((t, i) => `<a href="javascript:doZoom(${18 - 2 * i})">${t}</a>`)
    .join(' ');
  const meta = `<div class="article-meta">${SITE.meta.map(nbsp).join(' &nbsp; ')} &nbsp; 【字体：${sizes}】</div>\n`;
  const tools = `<div class="article-tools">${SITE.tools.map((t) => `<a href="javascript:void(0)">${t}</a>`).join(' ')}</div>\n`;
  return `<div class="xxgk-info">
<table class="info" width="100%" cellspacing="0" cellpadding="0">
${info}
</table>
</div>
${options.noPrintedTitle ? '' : blockHtml(title!, options)}
<div class="article-body">
${inside ? '' : meta}<div class="TRS_Editor"><div class="Custom_UnionStyle">
${inside ? meta : ''}${word}${rest.map((b) => blockHtml(b, options)).join('\n')}
${inside ? tools : ''}</div></div>
${inside ? '' : tools}</div>
<div class="qr"><img src="/qr.png" alt=""><p>${SITE.qr}</p></div>`;
}

/** The page around the article: header, menu, breadcrumbs, sidebar, footer. */
export function govPageHtml(outline: ReportOutline, options: GovPageOptions = {}): string {
  const charset =
    options.charset === 'http-equiv'
      ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
      : '<meta charset="gb2312">';
  const menu = `<div class="nav"><ul>
${SITE.menu.map((t) => `<li><a href="#">${t}</a></li>`).join('')}
</ul></div>`;
  const crumbs = `<div class="crumbs">您现在的位置：${SITE.crumbs.map((t) => `<a href="#">${t}</a>`).join(' &gt; ')}</div>`;
  const sidebar = `<div class="side"><h3>${SITE.sidebarTitle}</h3><ul>
${SITE.sidebar.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></div>`;
  const footer = `<div class="footer">
${SITE.footer.map((row) => `<p>${row.map(nbsp).join(' &nbsp; ')}</p>`).join('\n')}
</div>`;
  const article = articleHtml(outline, options);
  const body = options.layoutTables
    ? `<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2">${menu}</td></tr>
<tr><td colspan="2">${crumbs}</td></tr>
<tr><td width="220" valign="top">${sidebar}</td>
<td width="780" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="content">
${article}
</td></tr></table></td></tr>
<tr><td colspan="2">${footer}</td></tr>
</table>`
    : `<div class="skip">${SITE.skip.map((t) => `<a href="#">${t}</a>`).join(' ')}</div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="某某部"></div>${menu}</div>
<div class="main">${crumbs}
${sidebar}
<div class="article">
${article}
</div>
</div>
${footer}`;
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
${charset}
<title>${escape(options.headTitle ?? `${outline.title}_某某部`)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/jquery.min.js"></script>
<script>function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}</script>
</head>
<body>
${body}
<script>var _hmt = _hmt || [];</script>
</body>
</html>`;
}

let gbkTable: Map<string, number> | undefined;

/** Every GBK double-byte character and its code, by decoding all of them once. */
function gbkCodes(): Map<string, number> {
  if (gbkTable) return gbkTable;
  const codes: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++)
      if (trail !== 0x7f) codes.push((lead << 8) | trail);
  const bytes = new Uint8Array(codes.length * 2);
  codes.forEach((code, i) => {
    bytes[2 * i] = code >> 8;
    bytes[2 * i + 1] = code & 0xff;
  });
  const text = new TextDecoder('gbk').decode(bytes);
  gbkTable = new Map();
  [...text].forEach((ch, i) => {
    if (!gbkTable!.has(ch)) gbkTable!.set(ch, codes[i]!);
  });
  return gbkTable;
}

/**
 * The text encoded in GBK; a character GBK does not have is written as an HTML character
 * reference, as browsers do when they save a page.
 */
export function encodeGbk(text: string): Uint8Array {
  const codes = gbkCodes();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const code = codes.get(ch);
      if (code === undefined) for (const b of `&#${cp};`) out.push(b.charCodeAt(0));
      else out.push(code >> 8, code & 0xff);
    }
  }
  return Uint8Array.from(out);
}
