/**
 * 附：本年与上年数据对比 in the exports: only when asked for and when the report has last year's
 * report; after the last section, before the 落款; the changed figures only, largest change first.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../domain/index.ts';
import { compareWithPrevious, comparisonItemLabel } from '../../../domain/comparison/index.ts';
import { mfa2023 } from '../../../domain/narrative/test-support.ts';
import { loadFixture } from '../../../domain/test-support/fixtures.ts';
import {
  descendants,
  elements,
  part,
  tableRows,
  textOf,
  unzipDocx,
  val,
  child,
} from '../docx/docx-test-support.ts';
import { renderDocx } from '../docx/render-docx.ts';
import { renderHtml } from '../html/render-html.ts';
import { findExporter, renderExport } from '../registry.ts';
import { buildReportDocument, type DocBlock } from '../report-document.ts';
import { renderText } from '../text/render-text.ts';

const HEADING = '附：本年与上年数据对比';
const withPrevious: Report = { ...loadFixture('mfa-2024'), previous: mfa2023() };
const withoutPrevious: Report = loadFixture('mfa-2024');

type TextTable = Extract<DocBlock, { kind: 'textTable' }>;
const textTable = (report: Report): TextTable | undefined =>
  buildReportDocument(report, { comparison: true }).blocks.find(
    (b): b is TextTable => b.kind === 'textTable',
  );

describe('the comparison block of the report document', () => {
  it('comes after the last section, as its heading and a table of 项目 / 本年 / 上年 / 增减 / 增幅', () => {
    const blocks = buildReportDocument(withPrevious, { comparison: true }).blocks;
    const plain = buildReportDocument(withPrevious).blocks;
    expect(blocks.slice(0, plain.length)).toHaveLength(plain.length);
    expect(blocks.slice(plain.length).map((b) => b.kind)).toEqual(['heading', 'textTable']);
    expect(blocks[plain.length]).toEqual({ kind: 'heading', text: HEADING });
    expect(textTable(withPrevious)!.header).toEqual(['项目', '本年', '上年', '增减', '增幅']);
  });

  it('lists only the figures that changed, the largest change first', () => {
    const rows = textTable(withPrevious)!.rows;
    expect(rows[0]).toEqual([
      '表二 第二十条第（八）项 行政事业性收费 本年收费金额（单位：万元）（万元）',
      '5569.2092',
      '5000',
      '+569.2092',
      '增长 11.4%',
    ]);
    expect(rows[1]).toEqual([
      '表三 一、本年新收政府信息公开申请数量 总计',
      '82',
      '17',
      '+65',
      '增长 382.4%',
    ]);
    expect(rows.every((r) => r[3] !== '0' && r[3] !== '—')).toBe(true);
    const deltas = rows.map((r) => Number(r[3]!.replace('−', '-')));
    expect(deltas.map(Math.abs)).toEqual([...deltas.map(Math.abs)].sort((a, b) => b - a));
    const changed = compareWithPrevious(withPrevious)!.filter(
      (r) => r.delta !== null && r.delta !== 0,
    );
    expect(rows.map((r) => r[0])).toEqual(changed.map(comparisonItemLabel));
  });

  it('is absent without a previous report, when not asked for, and when nothing changed', () => {
    expect(textTable(withoutPrevious)).toBeUndefined();
    expect(buildReportDocument(withPrevious).blocks.some((b) => b.kind === 'textTable')).toBe(
      false,
    );
    const same: Report = { ...withoutPrevious, previous: withoutPrevious };
    const kinds = (comparison: boolean) =>
      buildReportDocument(same, { comparison }).blocks.map((b) => b.kind);
    expect(kinds(true)).toEqual(kinds(false));
  });
});

describe('the web page', () => {
  it('has the heading and a captioned table with classes, no inline style, before the 落款', () => {
    const html = renderHtml(buildReportDocument(withPrevious, { comparison: true }));
    const table = /<table class="stats stats-comparison"[^>]*>[\s\S]*?<\/table>/.exec(html)?.[0];
    expect(table).toBeDefined();
    expect(table).toContain(`<caption>${HEADING}</caption>`);
    expect(table).toContain(
      '<thead><tr><th scope="col">项目</th><th scope="col">本年</th><th scope="col">上年</th><th scope="col">增减</th><th scope="col">增幅</th></tr></thead>',
    );
    expect(table).toContain(
      '<tr><th scope="row" class="label">表三 一、本年新收政府信息公开申请数量 总计</th><td class="num">82</td><td class="num">17</td><td class="num">+65</td><td class="num">增长 382.4%</td></tr>',
    );
    expect(table).not.toContain('style=');
    expect(table).not.toContain('data-cell');
    const at = (s: string) => html.indexOf(s);
    expect(at(`<h2 id="section-7">${HEADING}</h2>`)).toBeGreaterThan(at('六、其他需要报告的事项'));
    expect(at('<footer class="closing">')).toBeGreaterThan(at('stats-comparison'));
  });

  it('has no comparison by default', () => {
    const html = renderHtml(buildReportDocument(withPrevious));
    expect(html).not.toContain(HEADING);
    expect(html).not.toContain('stats-comparison');
  });
});

describe('the Word document', () => {
  const tables = async (comparison: boolean) => {
    const files = unzipDocx(await renderDocx(buildReportDocument(withPrevious, { comparison })));
    const body = part(files, 'word/document.xml');
    return { body, tables: descendants(body, 'w:tbl') };
  };

  it('has the heading and a fourth table: bold repeated header, centred figures, no row split', async () => {
    const { body, tables: all } = await tables(true);
    expect(all).toHaveLength(4);
    const paragraphs = descendants(body, 'w:p').map(textOf);
    expect(paragraphs).toContain(HEADING);
    const rows = tableRows(all[3]!);
    expect(rows[0]!.map((c) => c.text)).toEqual(['项目', '本年', '上年', '增减', '增幅']);
    expect(rows[2]!.map((c) => c.text)).toEqual([
      '表三 一、本年新收政府信息公开申请数量 总计',
      '82',
      '17',
      '+65',
      '增长 382.4%',
    ]);
    const trs = elements(all[3]!, 'w:tr');
    expect(child(child(trs[0], 'w:trPr'), 'w:tblHeader')).toBeDefined();
    expect(child(child(trs[1], 'w:trPr'), 'w:tblHeader')).toBeUndefined();
    expect(trs.every((tr) => child(child(tr, 'w:trPr'), 'w:cantSplit') !== undefined)).toBe(true);
    const pPr = (cell: { tc: Parameters<typeof descendants>[0] }) =>
      child(descendants(cell.tc, 'w:p')[0], 'w:pPr');
    expect(val(pPr(rows[0]![1]!), 'w:pStyle')).toBe(
      val(pPr(tableRows(all[0]!)[0]![0]!), 'w:pStyle'),
    );
    expect(val(pPr(rows[2]![1]!), 'w:jc')).toBe('center');
    expect(val(pPr(rows[2]![0]!), 'w:jc')).toBe('left');
  });

  it('has only the three tables by default', async () => {
    const { body, tables: all } = await tables(false);
    expect(all).toHaveLength(3);
    expect(descendants(body, 'w:p').map(textOf)).not.toContain(HEADING);
  });
});

describe('the registry', () => {
  it('passes the comparison option to Word, 网页 and text, and leaves it out by default', async () => {
    for (const id of ['html', 'text']) {
      const exporter = findExporter(id)!;
      expect(await renderExport(exporter, withPrevious, { comparison: true })).toContain(HEADING);
      expect(await renderExport(exporter, withPrevious)).not.toContain(HEADING);
    }
    const docx = await renderExport(findExporter('docx')!, withPrevious, { comparison: true });
    const body = part(unzipDocx(docx as Uint8Array), 'word/document.xml');
    expect(descendants(body, 'w:tbl')).toHaveLength(4);
  });

  it('writes the text export’s comparison as tab-separated rows', () => {
    const text = renderText(buildReportDocument(withPrevious, { comparison: true }), 'unix');
    const lines = text.split('\n');
    const at = lines.indexOf(HEADING);
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('项目\t本年\t上年\t增减\t增幅');
    expect(lines[at + 3]).toBe(
      '表三 一、本年新收政府信息公开申请数量 总计\t82\t17\t+65\t增长 382.4%',
    );
  });
});
