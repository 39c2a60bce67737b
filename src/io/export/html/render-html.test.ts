import { describe, expect, it } from 'vitest';
import {
  createEmptyReport,
  findCell,
  getTemplate,
  layoutGrid,
  parseCellInput,
  type Report,
  type TableId,
} from '../../../domain/index.ts';
import {
  fixtureFigure,
  loadFixture,
  withCells,
  withNarrative,
  type FixtureName,
} from '../../../domain/test-support/fixtures.ts';
import { buildReportDocument, cellFigure } from '../report-document.ts';
import {
  readHtmlTables,
  tableGrid,
  type HtmlTable,
  type HtmlTableCell,
} from '../../import/html/html-tables.ts';
import { tokenizeHtml } from '../../import/html/html-tokens.ts';
import { renderHtml } from './render-html.ts';

const SEEDS: readonly FixtureName[] = ['mfa-2024', 'mfa-2020'];

const exportHtml = (report: Report): string => renderHtml(buildReportDocument(report));

/** The text inside each element `name` of the document, in order (entities decoded). */
function elementTexts(html: string, name: string): string[] {
  const out: string[] = [];
  let current: string | undefined;
  for (const token of tokenizeHtml(html)) {
    if (token.type === 'start' && token.name === name) current = '';
    else if (token.type === 'end' && token.name === name && current !== undefined) {
      out.push(current);
      current = undefined;
    } else if (token.type === 'text' && current !== undefined) current += token.text;
  }
  return out;
}

function tableOf(html: string, id: TableId): HtmlTable {
  const table = readHtmlTables(html).find((t) => t.attributes.get('data-table') === id);
  if (!table) throw new Error(`no table ${id}`);
  return table;
}

/** The one cell of the table whose text is `text`. */
function cellWithText(table: HtmlTable, text: string): HtmlTableCell {
  const found = table.rows.flatMap((r) => r.cells).filter((c) => c.text === text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
}

describe.each(SEEDS)('HTML export of the seed %s', (name) => {
  const report = loadFixture(name);
  const template = getTemplate(report.format);
  const html = exportHtml(report);

  it('is a complete zh-CN document with its title, charset and a restrictive CSP', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;">`,
    );
    const title = `${report.agency}${report.year}年政府信息公开工作年度报告`;
    expect(elementTexts(html, 'title')).toEqual([title]);
    expect(elementTexts(html, 'h1')).toEqual([title]);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('is self-contained: no script, no external reference of any kind', () => {
    // "http" only in the CSP meta's http-equiv attribute, never in an address.
    expect(html.split('http-equiv').length).toBe(2);
    const rest = html.replace('http-equiv', '');
    for (const forbidden of [
      /http/i,
      /src=/i,
      /<script/i,
      /url\(/i,
      /@import/i,
      /<link/i,
      /<img/i,
    ]) {
      expect(rest).not.toMatch(forbidden);
    }
    expect(tokenizeHtml(html).filter((t) => t.type === 'start' && t.name === 'script')).toEqual([]);
    // A print style sheet for A4 with the GB/T 9704 margins.
    expect(html).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm;');
    expect(html).toContain('@media print');
    expect(html).toContain('display: table-header-group');
  });

  it('has every section heading of the template, in order, and no 草稿 mark', () => {
    expect(elementTexts(html, 'h2')).toEqual(template.sections.map((s) => s.heading));
    expect(html).not.toContain('草稿');
    expect(html).not.toContain('class="draft-mark"');
  });

  it('captions every table, sizes its columns by class, and has no inline style attribute', () => {
    expect(html.match(/<caption>/g)).toHaveLength(3);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).toContain('<col class="figure">');
    expect(html).toMatch(/\.stats-requests col\.figure \{ width: [\d.]+%; \}/);
  });

  it('prints page numbers on the outside: odd pages right, even pages left', () => {
    expect(html).toMatch(/@page :right \{ @bottom-right \{ content: "— " counter\(page\) " —"/);
    expect(html).toMatch(/@page :left \{ @bottom-left \{ content: "— " counter\(page\) " —"/);
  });

  it('sets the title on two lines, agency then year and title', () => {
    expect(html).toContain(
      `<h1><span class="title-agency">${report.agency}</span><span class="title-year">${report.year}年政府信息公开工作年度报告</span></h1>`,
    );
  });

  it('keeps the narrative, with the （一） lead sentences as subheadings', () => {
    const paragraphs = elementTexts(html, 'p');
    const narrative = Object.values(report.narrative ?? {})
      .flatMap((text) => text.split('\n'))
      .map((line) => line.trim())
      .filter((line) => line !== '');
    expect(paragraphs).toEqual(expect.arrayContaining(narrative));
    // and, last, the 落款: the agency (the seeds have no date and no contact)
    expect(paragraphs).toHaveLength(narrative.length + 1);
    expect(paragraphs.at(-1)).toBe(report.agency);
    expect(html).toMatch(
      /<footer class="closing">\n<p class="closing-agency">外交部<\/p>\n<\/footer>/,
    );
    expect(elementTexts(html, 'strong').length).toBeGreaterThan(0);
    for (const lead of elementTexts(html, 'strong'))
      expect(lead).toMatch(/^[（(][一二三四五六七八九十]+[）)]/);
  });

  it.each(['active', 'requests', 'reviews'] as const)(
    'table %s reads back cell by cell: rows, spans, labels and the expected figures',
    (id) => {
      const tableTemplate = template.tables[id];
      const expected = layoutGrid(tableTemplate);
      const table = tableOf(html, id);
      const grid = tableGrid(table);
      expect(grid).toHaveLength(expected.length);
      expect(table.rows.filter((r) => r.section === 'thead')).toHaveLength(
        tableTemplate.headerRowCount,
      );
      let figures = 0;
      expected.forEach((line, r) => {
        expect(grid[r]).toHaveLength(tableTemplate.columnCount);
        line.forEach((slot, c) => {
          const got = grid[r]![c];
          expect(got, `${id} [${r},${c}]`).not.toBeNull();
          expect([got!.anchor, got!.anchorRow, got!.anchorColumn]).toEqual([
            slot.anchor,
            slot.anchorRow,
            slot.anchorColumn,
          ]);
          if (!slot.anchor) return;
          const cell = slot.cell;
          const read = got!.cell;
          expect([read.rowSpan, read.colSpan], `${id} [${r},${c}] spans`).toEqual([
            cell.rowSpan ?? 1,
            cell.colSpan ?? 1,
          ]);
          if (cell.type === 'value') {
            figures++;
            const figure = fixtureFigure(name, cell.cell);
            expect(typeof figure, cell.cell).toBe('number');
            expect(read.header).toBe(false);
            expect(read.attributes.get('data-cell')).toBe(cell.cell);
            const template = findCell(getTemplate(loadFixture(name).format), cell.cell)!;
            expect(read.text, cell.cell).toBe(cellFigure(template, figure as number));
            expect(parseCellInput(read.text, template.kind)).toEqual({ ok: true, value: figure });
          } else {
            expect(read.header, cell.text).toBe(cell.type !== 'note');
            expect(read.text).toBe(cell.text);
            expect(read.attributes.has('data-cell')).toBe(false);
          }
        });
      });
      expect(figures).toBe(tableTemplate.cells.length);
    },
  );

  it('merges the cells exactly as the printed form does', () => {
    const requests = tableOf(html, 'requests');
    const spans = (text: string): [number, number] => {
      const c = cellWithText(requests, text);
      return [c.rowSpan, c.colSpan];
    };
    expect(spans('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）')).toEqual([
      3, 3,
    ]);
    expect(spans('申请人情况')).toEqual([1, 7]);
    expect(spans('自然人')).toEqual([2, 1]);
    expect(spans('法人或其他组织')).toEqual([1, 5]);
    expect(spans('总计')).toEqual([2, 1]);
    expect(spans('一、本年新收政府信息公开申请数量')).toEqual([1, 3]);
    expect(spans('三、本年度办理结果')).toEqual([report.format === '2021' ? 22 : 20, 1]);
    expect(spans('（一）予以公开')).toEqual([1, 2]);
    expect(spans('（三）不予公开')).toEqual([8, 1]);
    expect(spans('（四）无法提供')).toEqual([3, 1]);
    expect(spans('（五）不予处理')).toEqual([5, 1]);
    expect(spans('（六）其他处理')).toEqual(report.format === '2021' ? [3, 1] : [1, 2]);
    expect(spans('（七）总计')).toEqual([1, 2]);
    expect(spans('四、结转下年度继续办理')).toEqual([1, 3]);

    const reviews = tableOf(html, 'reviews');
    expect(cellWithText(reviews, '行政复议').colSpan).toBe(5);
    expect(cellWithText(reviews, '行政诉讼').colSpan).toBe(10);
    expect(cellWithText(reviews, '未经复议直接起诉').colSpan).toBe(5);
    expect(cellWithText(reviews, '复议后起诉').colSpan).toBe(5);
    const outcomeHeads = reviews.rows[1]!.cells.filter((c) => c.text === '结果维持');
    expect(outcomeHeads.map((c) => c.rowSpan)).toEqual([2]);

    const active = tableOf(html, 'active');
    expect(active.rows[0]!.cells).toHaveLength(1);
    expect(active.rows[0]!.cells[0]!.colSpan).toBe(4);
    // Each 第二十条 block is a row group of its own, under a title spanning the table.
    const titles = active.rows.filter((r) => r.cells[0]!.text.startsWith('第二十条'));
    expect(new Set(titles.map((r) => r.group)).size).toBe(titles.length);
    expect(titles.map((r) => r.cells[0]!.attributes.get('scope'))).toEqual(
      titles.map(() => 'rowgroup'),
    );
  });

  it('uses th with a scope for every header and label, td for figures and the note', () => {
    for (const table of readHtmlTables(html)) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          if (cell.header)
            expect(cell.attributes.get('scope')).toMatch(/^(col|colgroup|row|rowgroup)$/);
          else
            expect(
              cell.attributes.has('data-cell') || cell.attributes.get('class') === 'note',
            ).toBe(true);
        }
      }
    }
  });
});

describe('HTML export: 落款 and contact', () => {
  it('prints the agency and the date as GB/T 9704 places them, then the contact paragraphs', () => {
    const html = renderHtml(
      buildReportDocument({
        ...loadFixture('mfa-2024'),
        publication: { date: '2025-01-20', contact: '联系人：张三\n电话：010-12345678' },
      }),
    );
    expect(html).toContain(
      '<footer class="closing">\n<p class="closing-agency">外交部</p>\n<p class="closing-date">2025年1月20日</p>\n' +
        '<p class="contact">联系人：张三</p>\n<p class="contact">电话：010-12345678</p>\n</footer>',
    );
    // the date starts two characters right of the agency (外交部: 3, 2025年1月20日: 6.5 wide)
    expect(html).toContain('.closing-agency { padding-right: 7.5em; }');
    expect(html).toContain('.closing-date { padding-right: 2em; }');
  });
});

describe('HTML export: draft, escaping, empty cells', () => {
  it('says 草稿 in its header while errors are open', () => {
    const report = withCells(loadFixture('mfa-2024'), {
      'requests.newReceived.naturalPerson': 999,
    });
    const doc = buildReportDocument(report);
    expect(doc.draft).toBe(true);
    const html = renderHtml(doc);
    expect(elementTexts(html, 'title')[0]).toBe('【草稿】外交部2024年政府信息公开工作年度报告');
    expect(html).toMatch(/<header>\n<p class="draft-mark" role="note">草稿：[^<]+<\/p>\n<h1>/);
    expect(html).toContain('@top-center { content: "草稿"');
    expect(html).toContain('data-draft="true"');
    // The figure as entered is what the page shows (totals recomputed from it).
    const table = tableOf(html, 'requests');
    const cells = table.rows.flatMap((r) => r.cells);
    expect(
      cells.find((c) => c.attributes.get('data-cell') === 'requests.newReceived.naturalPerson')
        ?.text,
    ).toBe('999');
    expect(
      cells.find((c) => c.attributes.get('data-cell') === 'requests.newReceived.total')?.text,
    ).toBe('999');
  });

  it('escapes every text: agency, narrative, with markup, quotes and ampersands', () => {
    const agency = 'A<b>局</b> & "公司" \'x\'';
    const hostile =
      '<script>alert("x")</script> & <img src=x onerror=alert(1)> </p><p>"引号" \'单\' &amp;';
    const report = withNarrative(
      { ...loadFixture('mfa-2024'), agency },
      { preamble: hostile, problems: `（一）问题<i>一</i>。${hostile}` },
    );
    const html = exportHtml(report);
    expect(html).not.toMatch(/<script|<img|<b>|<i>/i);
    expect(
      tokenizeHtml(html)
        .filter((t) => t.type === 'start')
        .map((t) => t.type === 'start' && t.name),
    ).not.toContain('img');
    const title = `${agency}2024年政府信息公开工作年度报告`;
    expect(elementTexts(html, 'title')).toEqual([title]);
    expect(elementTexts(html, 'h1')).toEqual([title]);
    const paragraphs = elementTexts(html, 'p');
    expect(paragraphs[0]).toBe(hostile);
    expect(paragraphs).toContain(`（一）问题<i>一</i>。${hostile}`);
    expect(elementTexts(html, 'strong')).toContain('（一）问题<i>一</i>。');
  });

  it('replaces characters HTML cannot carry', () => {
    const report = withNarrative(loadFixture('mfa-2024'), { preamble: 'a\u0001b\u007fc\ud800d' });
    const html = exportHtml(report);
    expect(elementTexts(html, 'p')[0]).toBe('a\ufffdb\ufffdc\ufffdd');
  });

  it('renders an empty report: empty figure cells, the same spans, a draft', () => {
    const report = createEmptyReport({ year: 2019, agency: '某某县人民政府办公室' });
    const html = exportHtml(report);
    expect(html).toContain('草稿');
    const table = tableOf(html, 'requests');
    const figures = table.rows.flatMap((r) => r.cells).filter((c) => c.attributes.has('data-cell'));
    expect(figures).toHaveLength(getTemplate('2019').tables.requests.cells.length);
    expect(figures.every((c) => c.text === '')).toBe(true);
    expect(cellWithText(table, '三、本年度办理结果').rowSpan).toBe(20);
  });
});
