/**
 * The 审签单 as a self-contained web page (inline style sheet, no script), laid out to print on
 * one or two A4 pages; its style sheet is in the <style> element only, no inline style attribute.
 */
import { CHECKLIST_WORDS } from '../../../domain/index.ts';
import { escapeAttribute, escapeHtml, exportPageHead } from '../html/render-html.ts';
import type { ChecklistDocument, ChecklistItem } from './checklist-document.ts';

const CSS = `
html { background: #fff; color: #000; }
body { margin: 0; font-family: FangSong, 仿宋, "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.6; }
.checklist { max-width: 46em; margin: 0 auto; padding: 2em 1.5em; }
h1 { margin: 0; font-family: SimSun, 宋体, "Noto Serif CJK SC", serif; font-size: 18pt; text-align: center; }
.subtitle { margin: 0 0 0.2em; text-align: center; }
.report-title { margin: 0 0 1em; text-align: center; font-family: KaiTi, 楷体, "Noto Serif CJK SC", serif; }
h2 { margin: 0.9em 0 0.3em; font-family: SimHei, 黑体, "Noto Sans CJK SC", sans-serif; font-size: 12pt; font-weight: normal; }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt; line-height: 1.4; }
th, td { border: 1px solid #000; padding: 0.2em 0.4em; vertical-align: middle; text-align: left; }
th { font-weight: bold; }
th.key { width: 8em; }
td.result { width: 11em; }
td.open { font-weight: bold; }
ol { margin: 0; padding-left: 2em; }
li { margin: 0.15em 0; }
.note { display: block; font-family: KaiTi, 楷体, "Noto Serif CJK SC", serif; }
table.signatures td { height: 3.2em; }
table.signatures th { width: 6em; text-align: center; }
@page { size: A4; margin: 25mm 22mm 22mm 25mm; }
@media print {
  .checklist { max-width: none; margin: 0; padding: 0; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
}
`;

function items(list: readonly ChecklistItem[], empty: string): string {
  if (list.length === 0) return `<p>${escapeHtml(empty)}</p>`;
  const li = list.map(
    (item) =>
      `<li>${escapeHtml(`${item.title}：${item.message}`)}${item.note ? `<span class="note">说明：${escapeHtml(item.note)}</span>` : ''}</li>`,
  );
  return `<ol>${li.join('')}</ol>`;
}

/**
 * The 审签单 as a complete HTML5 document.
 * @example renderChecklistHtml(buildChecklist(report)) // '<!DOCTYPE html>…<h1>政府信息公开工作年度报告审签单</h1>…'
 */
export function renderChecklistHtml(doc: ChecklistDocument): string {
  const w = CHECKLIST_WORDS;
  const identity = doc.identity.map(
    (row) =>
      `<tr><th scope="row" class="key">${escapeHtml(row.label)}</th><td>${escapeHtml(row.value)}</td></tr>`,
  );
  const checks = doc.checks.map(
    (c) =>
      `<tr data-rule="${escapeAttribute(c.rule)}"><td>${escapeHtml(c.title)}</td><td class="result${c.passed ? '' : ' open'}">${escapeHtml(c.result)}</td></tr>`,
  );
  const sources =
    doc.sources.length === 0
      ? `<p>${escapeHtml(w.noSources)}</p>`
      : `<ol>${doc.sources.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol>`;
  const signatures = doc.signers.map(
    (who) =>
      `<tr><th scope="row">${escapeHtml(who)}</th><td>${escapeHtml(w.signLine)}</td><td>${escapeHtml(w.dateLine)}</td></tr>`,
  );
  return [
    ...exportPageHead(`${doc.reportTitle}${doc.title}`, CSS),
    '<body>',
    '<article class="checklist">',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>`,
    `<p class="report-title">${escapeHtml(doc.reportTitle)}</p>`,
    `<h2>${escapeHtml(w.identity)}</h2>`,
    `<table class="identity"><tbody>${identity.join('')}</tbody></table>`,
    `<h2>${escapeHtml(w.checks)}</h2>`,
    `<table class="checks"><thead><tr><th scope="col">${escapeHtml(w.checkRule)}</th><th scope="col">${escapeHtml(w.checkResult)}</th></tr></thead><tbody>${checks.join('')}</tbody></table>`,
    `<h2>${escapeHtml(w.openWarnings)}</h2>`,
    items(doc.openWarnings, w.noOpenWarnings),
    `<h2>${escapeHtml(w.notes)}</h2>`,
    items(doc.notes, w.noNotes),
    `<h2>${escapeHtml(w.sources)}</h2>`,
    sources,
    `<h2>${escapeHtml(w.signatures)}</h2>`,
    `<table class="signatures"><tbody>${signatures.join('')}</tbody></table>`,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
