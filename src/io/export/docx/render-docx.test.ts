/**
 * The Word export, read back: each seed report is rendered, unzipped and its XML checked for
 * the page, the type, the header and footer, the merged cells of the tables and every figure in
 * its cell (compared with the seed's expected JSON as published, not with our own totals).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  getTemplate,
  layoutGrid,
  type CellId,
  type GridSlot,
  type TableTemplate,
} from '../../../domain/index.ts';
import {
  fixtureJson,
  loadFixture,
  withCells,
  type FixtureName,
} from '../../../domain/test-support/fixtures.ts';
import {
  buildReportDocument,
  cellFigure,
  type DocBlock,
  type ReportDocument,
} from '../report-document.ts';
import {
  child,
  descendants,
  elements,
  parseXml,
  part,
  tableRows,
  textOf,
  unzipDocx,
  val,
  type WordCell,
  type XmlElement,
} from './docx-test-support.ts';
import {
  BODY_CHAR_PITCH_PT,
  CHARS_PER_LINE,
  GRID_CHAR_SPACE,
  FONT_SIZE_PT,
  LINE_PITCH,
  LINES_PER_PAGE,
  TABLE_CELL_MARGIN,
  TABLE_LABEL_COLUMNS_MM,
  TEXT_HEIGHT,
  TEXT_WIDTH,
} from './document-style.ts';
import { DOCX_MIME_TYPE, columnWidths, renderDocx, renderDocxBlob } from './render-docx.ts';
import { stylesXml } from './styles-xml.ts';

const SEEDS: readonly FixtureName[] = ['mfa-2024', 'mfa-2020'];

interface Rendered {
  readonly doc: ReportDocument;
  readonly files: Map<string, string>;
  readonly body: XmlElement;
  readonly bytes: Uint8Array;
}

async function render(doc: ReportDocument): Promise<Rendered> {
  const bytes = await renderDocx(doc);
  const files = unzipDocx(bytes);
  const body = child(part(files, 'word/document.xml'), 'w:body');
  if (!body) throw new Error('document.xml has no w:body');
  return { doc, files, body, bytes };
}

/** A figure as the seed's expected JSON has it (the published value), by cell id. */
function publishedValue(json: Record<string, unknown>, id: CellId): unknown {
  return id.split('.').reduce<unknown>((node, key) => {
    if (typeof node !== 'object' || node === null) return undefined;
    return (node as Record<string, unknown>)[key];
  }, json);
}

/** The styles of word/styles.xml, by id (the same for every export). */
const STYLES = new Map(
  elements(parseXml(stylesXml()), 'w:style').map((s) => [s.attrs['w:styleId']!, s]),
);
const DOC_DEFAULT_RPR = descendants(parseXml(stylesXml()), 'w:rPrDefault')[0];

/** A style and the styles it is based on, nearest first. */
function styleChain(id: string | undefined): XmlElement[] {
  const out: XmlElement[] = [];
  for (let s = id ? STYLES.get(id) : undefined; s; s = STYLES.get(val(s, 'w:basedOn') ?? ''))
    out.push(s);
  return out;
}

/** A run property as Word resolves it: the run, its character style, the paragraph's style chain, the defaults. */
function runProperty(
  run: XmlElement,
  p: XmlElement,
  pick: (rPr: XmlElement | undefined) => string | undefined,
): string | undefined {
  const rPr = child(run, 'w:rPr');
  const sources = [
    rPr,
    ...styleChain(val(rPr, 'w:rStyle')).map((s) => child(s, 'w:rPr')),
    ...styleChain(val(child(p, 'w:pPr'), 'w:pStyle') ?? 'Normal').map((s) => child(s, 'w:rPr')),
    child(DOC_DEFAULT_RPR, 'w:rPr'),
  ];
  for (const source of sources) {
    const v = pick(source);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** A paragraph property: the paragraph's own, else its style chain's. */
function paragraphProperty(
  p: XmlElement,
  pick: (pPr: XmlElement | undefined) => string | undefined,
): string | undefined {
  const pPr = child(p, 'w:pPr');
  for (const source of [
    pPr,
    ...styleChain(val(pPr, 'w:pStyle') ?? 'Normal').map((s) => child(s, 'w:pPr')),
  ]) {
    const v = pick(source);
    if (v !== undefined) return v;
  }
  return undefined;
}

const runFont = (r: XmlElement, p: XmlElement) =>
  runProperty(r, p, (rPr) => child(rPr, 'w:rFonts')?.attrs['w:eastAsia']);
const runSize = (r: XmlElement, p: XmlElement) => runProperty(r, p, (rPr) => val(rPr, 'w:sz'));
const runBold = (r: XmlElement, p: XmlElement) =>
  runProperty(r, p, (rPr) => (child(rPr, 'w:b') ? 'bold' : undefined));
const paragraphJc = (p: XmlElement) => paragraphProperty(p, (pPr) => val(pPr, 'w:jc'));
const textRuns = (p: XmlElement) => elements(p, 'w:r').filter((r) => textOf(r) !== '');

type TableBlock = Extract<DocBlock, { kind: 'table' }>;
const tableBlocks = (doc: ReportDocument) =>
  doc.blocks.filter((b): b is TableBlock => b.kind === 'table');

/** The cells Word should have for a grid: anchors and vertical continuations, not horizontally covered slots. */
function expectedCells(block: TableBlock): Omit<WordCell, 'tc'>[][] {
  return block.grid.map((line, r) =>
    line.flatMap((slot: GridSlot, c) => {
      if (slot.anchorColumn !== c) return [];
      const span = slot.cell.colSpan ?? 1;
      const rows = slot.cell.rowSpan ?? 1;
      const anchor = slot.anchorRow === r;
      const text = !anchor
        ? ''
        : slot.cell.type === 'value'
          ? block.text(slot.cell.cell)
          : slot.cell.text;
      return [
        {
          column: c,
          span,
          vMerge: rows > 1 ? (anchor ? 'restart' : 'continue') : undefined,
          text,
        } as const,
      ];
    }),
  );
}

function withoutTc(rows: WordCell[][]): Omit<WordCell, 'tc'>[][] {
  return rows.map((row) =>
    row.map(({ column, span, vMerge, text }) => ({ column, span, vMerge, text })),
  );
}

describe('document-style arithmetic', () => {
  it('gives 22 lines of 28 characters on the 156 × 225 mm text block', () => {
    expect(TEXT_WIDTH).toBe(8845);
    expect(TEXT_HEIGHT).toBe(12756);
    expect(LINES_PER_PAGE * LINE_PITCH).toBeLessThanOrEqual(TEXT_HEIGHT);
    expect((LINES_PER_PAGE + 1) * LINE_PITCH).toBeGreaterThan(TEXT_HEIGHT);
    // Word's grid: pitch = Normal's 16 pt + charSpace / 4096 pt
    expect(BODY_CHAR_PITCH_PT).toBe(FONT_SIZE_PT.san + GRID_CHAR_SPACE / 4096);
    const pitch = BODY_CHAR_PITCH_PT * 20; // twips per 三号 character
    expect(Math.floor(TEXT_WIDTH / pitch)).toBe(CHARS_PER_LINE);
  });

  it('makes every table exactly as wide as the text block, its data columns holding 2 五号 characters and the figures', () => {
    // digits in 五号 Times New Roman are half a character wide; table 四 (counts of 复议/诉讼
    // cases) takes 4 digits, tables 二 and 三 take 5
    const digits = { active: 5, requests: 5, reviews: 4 } as const;
    for (const format of ['2021', '2019'] as const) {
      const tables = getTemplate(format).tables;
      for (const table of [tables.active, tables.requests, tables.reviews]) {
        const widths = columnWidths(table, layoutGrid(table));
        expect(widths).toHaveLength(table.columnCount);
        expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
        const data = widths.slice(
          TABLE_LABEL_COLUMNS_MM[table.id].length + (table.id === 'requests' ? 1 : 0),
        );
        const usable = Math.min(...data) - TABLE_CELL_MARGIN.left - TABLE_CELL_MARGIN.right;
        const wu = FONT_SIZE_PT.wu * 20;
        expect(usable, table.id).toBeGreaterThanOrEqual(
          Math.max(2 * wu, digits[table.id] * (wu / 2)),
        );
      }
    }
  });
});

describe.each(SEEDS)('Word export of %s', (name) => {
  let r: Rendered;
  let template: ReturnType<typeof getTemplate>;
  beforeAll(async () => {
    const report = loadFixture(name);
    template = getTemplate(report.format);
    r = await render(buildReportDocument(report));
  });

  it('is a zip package with the Word parts', () => {
    expect(String.fromCharCode(r.bytes[0]!, r.bytes[1]!)).toBe('PK');
    for (const p of [
      'word/document.xml',
      'word/styles.xml',
      'word/fontTable.xml',
      '[Content_Types].xml',
    ])
      expect(r.files.has(p), p).toBe(true);
  });

  it('sets A4, the GB/T 9704 margins and the grid of 22 lines of 28 characters', () => {
    const sectPr = child(r.body, 'w:sectPr');
    expect(child(sectPr, 'w:pgSz')?.attrs).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    // 37, 35, 28, 26 mm; footer 25 mm
    expect(child(sectPr, 'w:pgMar')?.attrs).toMatchObject({
      'w:top': '2098',
      'w:bottom': '1984',
      'w:left': '1587',
      'w:right': '1474',
      'w:footer': '1417',
    });
    expect(child(sectPr, 'w:docGrid')?.attrs).toMatchObject({
      'w:type': 'linesAndChars',
      'w:linePitch': '579',
      'w:charSpace': String(GRID_CHAR_SPACE),
    });
    // No negative character spacing anywhere: the grid gives 28 characters a line.
    expect(r.files.get('word/document.xml')).not.toMatch(/<w:spacing w:val="-/);
    expect(r.files.get('word/styles.xml')).not.toMatch(/<w:spacing w:val="-/);
    expect(r.files.get('word/settings.xml')).toContain(
      '<w:characterSpacingControl w:val="compressPunctuation"/>',
    );
  });

  it('puts the title first, agency / year and title on two lines: 二号 方正小标宋简体, centred', () => {
    const title = elements(r.body, 'w:p')[0]!;
    expect(val(child(title, 'w:pPr'), 'w:pStyle')).toBe('Title');
    expect(textRuns(title).map(textOf)).toEqual([
      '外交部',
      `${r.doc.year}年政府信息公开工作年度报告`,
    ]);
    expect(descendants(textRuns(title)[1]!, 'w:br')).toHaveLength(1);
    expect(paragraphJc(title)).toBe('center');
    for (const run of textRuns(title)) {
      expect(runFont(run, title)).toBe('方正小标宋简体');
      expect(runSize(run, title)).toBe('44');
    }
  });

  it('has real heading styles with outline levels, built-in headings restyled in black', () => {
    for (const [id, name, level, font] of [
      ['Heading1', 'heading 1', '0', '黑体'],
      ['Heading2', 'heading 2', '1', '楷体_GB2312'],
      ['Heading3', 'heading 3', '2', '仿宋_GB2312'],
    ] as const) {
      const style = STYLES.get(id)!;
      expect(val(style, 'w:name')).toBe(name);
      expect(val(child(style, 'w:pPr'), 'w:outlineLvl')).toBe(level);
      expect(val(child(style, 'w:rPr'), 'w:color')).toBe('000000');
      expect(child(child(style, 'w:rPr'), 'w:rFonts')?.attrs['w:eastAsia']).toBe(font);
    }
    expect(val(STYLES.get('Heading1'), 'w:aliases')).toBe('一级标题');
    expect(val(STYLES.get('Heading2'), 'w:aliases')).toBe('二级标题');
    expect(val(STYLES.get('Normal'), 'w:aliases')).toBe('正文');
  });

  it('says who and what in the document properties, never "Un-named"', () => {
    const core = r.files.get('docProps/core.xml')!;
    expect(core).not.toContain('Un-named');
    expect(core).toContain(`<dc:title>外交部${r.doc.year}年政府信息公开工作年度报告</dc:title>`);
    expect(core).toContain('<dc:subject>外交部</dc:subject>');
    expect(core).toContain(`${r.doc.year}年度`);
  });

  it('ends with the 落款: the agency, right-aligned, no date without one', () => {
    const last = elements(r.body, 'w:p').at(-1)!;
    expect(textOf(last)).toBe('外交部');
    expect(val(child(last, 'w:pPr'), 'w:pStyle')).toBe('XxgkClosing');
    expect(paragraphJc(last)).toBe('right');
  });

  it('sets the six headings in 黑体 三号 and the text in 仿宋_GB2312 三号 with a two-character indent, （一） leads in 楷体', () => {
    const paragraphs = elements(r.body, 'w:p').slice(1);
    const headings = template.sections.map((s) => s.heading);
    const headingParagraphs = paragraphs.filter((p) => headings.includes(textOf(p)));
    expect(headingParagraphs.map(textOf)).toEqual(headings);
    for (const p of headingParagraphs) {
      expect(val(child(p, 'w:pPr'), 'w:pStyle')).toBe('Heading1');
      for (const run of textRuns(p)) {
        expect(runFont(run, p)).toBe('黑体');
        expect(runSize(run, p)).toBe('32');
      }
    }

    const body = paragraphs.filter(
      (p) => !headings.includes(textOf(p)) && val(child(p, 'w:pPr'), 'w:pStyle') !== 'XxgkClosing',
    );
    const narrative = r.doc.blocks.filter((b) => b.kind === 'paragraph');
    expect(body.map(textOf)).toEqual(narrative.map((b) => b.runs.map((x) => x.text).join('')));
    let subheadings = 0;
    for (const p of body) {
      expect(paragraphProperty(p, (pPr) => child(pPr, 'w:ind')?.attrs['w:firstLineChars'])).toBe(
        '200',
      );
      expect(paragraphProperty(p, (pPr) => child(pPr, 'w:spacing')?.attrs['w:line'])).toBe('579');
      for (const run of textRuns(p)) {
        const lead = /^[（(][一二三四五六七八九十]+[）)]/.test(textOf(run));
        if (lead) subheadings++;
        expect(runFont(run, p)).toBe(lead ? '楷体_GB2312' : '仿宋_GB2312');
        expect(runSize(run, p)).toBe('32');
        expect(child(run, 'w:rPr') === undefined || lead).toBe(true);
      }
    }
    expect(subheadings).toBeGreaterThanOrEqual(4);
  });

  it('names the fonts with their fallbacks and keeps Normal at 三号 仿宋_GB2312', () => {
    const fonts = elements(part(r.files, 'word/fontTable.xml'), 'w:font');
    const fangsong = fonts.find((f) => f.attrs['w:name'] === '仿宋_GB2312');
    expect(val(fangsong, 'w:altName')).toBe('仿宋');
    expect(fonts.map((f) => f.attrs['w:name'])).toEqual(
      expect.arrayContaining(['方正小标宋简体', '黑体', '楷体_GB2312', '宋体', 'Times New Roman']),
    );
    const styles = elements(part(r.files, 'word/styles.xml'), 'w:style');
    const normal = styles.find((s) => s.attrs['w:styleId'] === 'Normal');
    expect(child(child(normal, 'w:rPr'), 'w:rFonts')?.attrs['w:eastAsia']).toBe('仿宋_GB2312');
    expect(val(child(normal, 'w:rPr'), 'w:sz')).toBe('32');
  });

  it('numbers the pages "— N —" in 四号 宋体, odd pages right and even pages left (GB/T 9704 页码)', () => {
    const sectPr = child(r.body, 'w:sectPr')!;
    const rels = elements(part(r.files, 'word/_rels/document.xml.rels'), 'Relationship');
    const target = (type: string) => {
      const id = elements(sectPr, 'w:footerReference').find((f) => f.attrs['w:type'] === type)
        ?.attrs['r:id'];
      const rel = rels.find((x) => x.attrs['Id'] === id);
      if (!rel) throw new Error(`no ${type} footer`);
      return part(r.files, `word/${rel.attrs['Target']}`);
    };
    expect(descendants(part(r.files, 'word/settings.xml'), 'w:evenAndOddHeaders')).toHaveLength(1);
    for (const [type, jc, side] of [
      ['default', 'right', 'w:right'],
      ['even', 'left', 'w:left'],
    ] as const) {
      const footer = target(type);
      const p = descendants(footer, 'w:p')[0]!;
      expect(textOf(p).replace(/\s/g, '')).toBe('——');
      expect(textOf(p)).toBe('—  —');
      expect(descendants(p, 'w:instrText').map((x) => x.children.join('').trim())).toEqual([
        'PAGE',
      ]);
      expect(descendants(p, 'w:fldChar').map((f) => f.attrs['w:fldCharType'])).toEqual([
        'begin',
        'separate',
        'end',
      ]);
      expect(paragraphJc(p)).toBe(jc);
      expect(child(child(p, 'w:pPr'), 'w:ind')?.attrs[side]).toBe('280');
      for (const run of textRuns(p)) {
        expect(runFont(run, p)).toBe('宋体');
        expect(runSize(run, p)).toBe('28');
      }
    }
  });

  it('has no header: the seed has no open errors', () => {
    expect(r.doc.draft).toBe(false);
    expect(descendants(r.body, 'w:headerReference')).toHaveLength(0);
    expect([...r.files.keys()].some((p) => /^word\/header\d*\.xml$/.test(p))).toBe(false);
  });

  it('draws the three tables on the template grids: merged cells, borders, alignment, 8845 twips wide', () => {
    const tbls = elements(r.body, 'w:tbl');
    const blocks = tableBlocks(r.doc);
    expect(tbls).toHaveLength(3);
    blocks.forEach((block, i) => {
      const tbl = tbls[i]!;
      const rows = tableRows(tbl);
      expect(withoutTc(rows)).toEqual(expectedCells(block));
      const tblPr = child(tbl, 'w:tblPr');
      expect(child(tblPr, 'w:tblW')?.attrs).toMatchObject({ 'w:w': '8845', 'w:type': 'dxa' });
      expect(child(tblPr, 'w:tblLayout')?.attrs['w:type']).toBe('fixed');
      const grid = elements(child(tbl, 'w:tblGrid')!, 'w:gridCol').map((g) =>
        Number(g.attrs['w:w']),
      );
      expect(grid.reduce((a, b) => a + b, 0)).toBe(8845);
      for (const side of ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'])
        expect(child(child(tblPr, 'w:tblBorders'), side)?.attrs['w:val']).toBe('single');
      rows.flat().forEach(({ tc }) => {
        const borders = child(child(tc, 'w:tcPr'), 'w:tcBorders');
        for (const side of ['w:top', 'w:left', 'w:bottom', 'w:right'])
          expect(child(borders, side)?.attrs['w:val']).toBe('single');
      });
      // header rows repeat on every page; body rows never split
      elements(tbl, 'w:tr').forEach((tr, ri) => {
        const trPr = child(tr, 'w:trPr');
        expect(child(trPr, 'w:tblHeader') !== undefined, `row ${ri} header`).toBe(
          ri < block.table.headerRowCount,
        );
        expect(child(trPr, 'w:cantSplit')).toBeDefined();
      });
      // figures centred, labels left (a vertical group label centred), headers centred and bold
      block.grid.forEach((line, ri) =>
        line.forEach((slot, c) => {
          if (!slot.anchor) return;
          const cell = rows[ri]!.find((x) => x.column === c)!;
          const p = descendants(cell.tc, 'w:p')[0]!;
          const vertical =
            slot.cell.type === 'label' &&
            c === 0 &&
            (slot.cell.rowSpan ?? 1) > 1 &&
            (slot.cell.colSpan ?? 1) === 1;
          const want = {
            value: 'center',
            label: vertical ? 'center' : 'left',
            header: 'center',
            note: 'center',
          }[slot.cell.type];
          expect(paragraphJc(p), `${ri},${c}`).toBe(want);
          for (const run of textRuns(p)) {
            expect(runFont(run, p)).toBe('宋体');
            expect(runSize(run, p)).toBe('21');
            expect(runBold(run, p), `${ri},${c}`).toBe(
              slot.cell.type === 'header' ? 'bold' : undefined,
            );
          }
        }),
      );
    });
  });

  it('merges table 三 as printed: the note, 申请人情况, 法人或其他组织, 三、本年度办理结果 and （三）–（六）', () => {
    const rows = tableRows(elements(r.body, 'w:tbl')[1]!);
    const [h1, h2, h3] = rows;
    expect(h1!.map(({ span, vMerge, text }) => ({ span, vMerge, text }))).toEqual([
      {
        span: 3,
        vMerge: 'restart',
        text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      },
      { span: 7, vMerge: undefined, text: '申请人情况' },
    ]);
    expect(h2!.map(({ span, vMerge, text }) => ({ span, vMerge, text }))).toEqual([
      { span: 3, vMerge: 'continue', text: '' },
      { span: 1, vMerge: 'restart', text: '自然人' },
      { span: 5, vMerge: undefined, text: '法人或其他组织' },
      { span: 1, vMerge: 'restart', text: '总计' },
    ]);
    expect(h3!.map((c) => c.text)).toEqual([
      '',
      '',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '',
    ]);
    expect(h3!.filter((c) => c.vMerge === 'continue').map((c) => c.column)).toEqual([0, 3, 9]);

    /** Rows a vertical merge starting with `text` in `column` covers (restart + continues). */
    const rowSpanOf = (column: number, text: string) => {
      const start = rows.findIndex((row) =>
        row.some((c) => c.column === column && c.text === text && c.vMerge === 'restart'),
      );
      expect(start, text).toBeGreaterThan(0);
      let n = 1;
      while (rows[start + n]?.some((c) => c.column === column && c.vMerge === 'continue')) n++;
      return n;
    };
    const is2021 = r.doc.format === '2021';
    expect(rowSpanOf(0, '三、本年度办理结果')).toBe(is2021 ? 22 : 20);
    expect(rowSpanOf(1, '（三）不予公开')).toBe(8);
    expect(rowSpanOf(1, '（四）无法提供')).toBe(3);
    expect(rowSpanOf(1, '（五）不予处理')).toBe(5);
    if (is2021) expect(rowSpanOf(1, '（六）其他处理')).toBe(3);
    else
      expect(rows.flat().find((c) => c.text === '（六）其他处理')).toMatchObject({
        span: 2,
        vMerge: undefined,
      });
    for (const label of [
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '四、结转下年度继续办理',
    ])
      expect(rows.flat().find((c) => c.text === label)).toMatchObject({ column: 0, span: 3 });
    expect(rows.flat().find((c) => c.text === '（七）总计')).toMatchObject({ column: 1, span: 2 });
  });

  it('prints every figure of the report in its cell, as published', () => {
    const json = fixtureJson(name);
    const tbls = elements(r.body, 'w:tbl');
    const tables: TableTemplate[] = [
      template.tables.active,
      template.tables.requests,
      template.tables.reviews,
    ];
    let checked = 0;
    tables.forEach((table, i) => {
      const rows = tableRows(tbls[i]!);
      const grid = layoutGrid(table);
      for (const cell of table.cells) {
        const at = grid
          .flatMap((line, ri) => line.map((slot, c) => ({ slot, ri, c })))
          .find(
            ({ slot }) => slot.anchor && slot.cell.type === 'value' && slot.cell.cell === cell.id,
          );
        if (!at) throw new Error(`${cell.id} is not in the grid`);
        const word = rows[at.ri]!.find((c) => c.column === at.c);
        const published = publishedValue(json, cell.id);
        expect(typeof published, cell.id).toBe('number');
        expect(word?.text, cell.id).toBe(cellFigure(cell, published as number));
        checked++;
      }
    });
    const counts = { '2021': 10 + 25 * 7 + 15, '2019': 22 + 23 * 7 + 15 };
    expect(checked).toBe(counts[r.doc.format]);
  });
});

describe('a report with open errors', () => {
  it('says 草稿 in the header of odd and even pages', async () => {
    const report = withCells(loadFixture('mfa-2024'), { 'requests.newReceived.naturalPerson': 99 });
    const r = await render(buildReportDocument(report));
    expect(r.doc.draft).toBe(true);
    const refs = descendants(r.body, 'w:headerReference').map((h) => h.attrs['w:type']);
    expect(refs.sort()).toEqual(['default', 'even']);
    const headers = [...r.files.keys()].filter((p) => /^word\/header\d+\.xml$/.test(p));
    expect(headers).toHaveLength(2);
    for (const path of headers) {
      const p = descendants(part(r.files, path), 'w:p')[0]!;
      expect(textOf(p)).toBe('草稿');
      expect(paragraphJc(p)).toBe('right');
      const run = textRuns(p)[0]!;
      expect(runBold(run, p)).toBe('bold');
      expect(runProperty(run, p, (rPr) => val(rPr, 'w:color'))).toBe('C00000');
    }
  });
});

describe('a report with a 落款 date and a contact', () => {
  it('ends with agency, date (right indents after GB/T 9704) and the contact paragraphs', async () => {
    const report = {
      ...loadFixture('mfa-2024'),
      publication: { date: '2025-01-20', contact: '联系人：张三\n电话：010-12345678' },
    };
    const r = await render(buildReportDocument(report));
    const tail = elements(r.body, 'w:p').slice(-4);
    expect(tail.map(textOf)).toEqual([
      '外交部',
      '2025年1月20日',
      '联系人：张三',
      '电话：010-12345678',
    ]);
    expect(tail.map((p) => val(child(p, 'w:pPr'), 'w:pStyle'))).toEqual([
      'XxgkClosing',
      'XxgkClosing',
      'Normal',
      'Normal',
    ]);
    // 外交部 3 characters, 2025年1月20日 6½: the date starts two characters right of the agency
    const pitch = BODY_CHAR_PITCH_PT * 20;
    expect(child(child(tail[0]!, 'w:pPr'), 'w:ind')?.attrs['w:right']).toBe(
      String(Math.round(7.5 * pitch)),
    );
    expect(child(child(tail[1]!, 'w:pPr'), 'w:ind')?.attrs['w:right']).toBe(
      String(Math.round(2 * pitch)),
    );
  });
});

describe('renderDocxBlob', () => {
  it('gives the same package as a Word-typed Blob', async () => {
    const doc = buildReportDocument(loadFixture('mfa-2020'));
    const blob = await renderDocxBlob(doc);
    expect(blob.type).toBe(DOCX_MIME_TYPE);
    const files = unzipDocx(new Uint8Array(await blob.arrayBuffer()));
    expect(files.get('word/document.xml')).toContain('2020年政府信息公开工作年度报告');
  });
});
