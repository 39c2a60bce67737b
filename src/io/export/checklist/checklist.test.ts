/** The 审签单: built from the report alone, the same in Word and on the web page. */
import { describe, expect, it } from 'vitest';
import { acknowledge, checkReport, RULES } from '../../../domain/index.ts';
import { loadFixture, withCells } from '../../../domain/test-support/fixtures.ts';
import { part, textOf, unzipDocx, descendants } from '../docx/docx-test-support.ts';
import { buildChecklist } from './checklist-document.ts';
import { renderChecklistDocx } from './render-checklist-docx.ts';
import { renderChecklistHtml } from './render-checklist-html.ts';
import { textOf as noteText } from '../../../domain/test-support/note-text.ts';

describe('buildChecklist', () => {
  it('a clean seed: identity, 可以导出, every rule of the catalogue passed or not applicable', () => {
    const doc = buildChecklist(loadFixture('mfa-2024'));
    expect(doc.identity.map((r) => [r.label, r.value])).toEqual([
      ['报告单位', '外交部'],
      ['报告年度', '2024 年度'],
      ['报告格式', '2021 格式（国办公开办函〔2021〕30号）'],
      ['当前状态', '可以导出'],
      ['落款日期', '未填写'],
    ]);
    expect(doc.checks.map((c) => c.rule)).toEqual(RULES.map((r) => r.id));
    for (const c of doc.checks) expect(['通过', '不适用于本格式']).toContain(c.result);
    expect(doc.openWarnings).toEqual([]);
    expect(doc.notes).toEqual([]);
    expect(doc.sources).toEqual([]);
    expect(doc.signers).toEqual(['经办人', '审核人', '签发人']);
  });

  it('counts each rule’s findings, lists the open warnings and the 说明 written, and the 汇总 sources', () => {
    const seed = loadFixture('mfa-2024');
    const fees = withCells(seed, { 'active.fees.amount': 1250000 });
    const warning = checkReport(fees, { mode: 'final' }).find((f) => f.rule === 'active.feeUnit')!;
    const broken = withCells(fees, { 'requests.newReceived.commercial': 2 });
    const open = buildChecklist({
      ...broken,
      publication: { date: '2025-01-20' },
      sources: [{ agency: '某局', year: 2024, format: '2021', file: 'a.json' }],
    });
    expect(open.checks.find((c) => c.rule === 'active.feeUnit')).toMatchObject({
      result: '待核实 1 项',
      passed: false,
    });
    expect(open.checks.find((c) => c.rule === 'requests.balance')!.result).toMatch(/^错误 \d+ 项$/);
    expect(open.identity.find((r) => r.label === '当前状态')!.value).toMatch(/错误/);
    expect(open.identity.find((r) => r.label === '落款日期')!.value).toBe('2025年1月20日');
    expect(open.openWarnings).toContainEqual({
      title: expect.any(String),
      message: noteText(warning),
    });
    expect(open.sources).toEqual([
      '某局 2024 年度，2021 格式（国办公开办函〔2021〕30号），文件 a.json',
    ]);

    const noted = buildChecklist(acknowledge(fees, warning, '本年收费确为 125 亿元。'));
    expect(noted.openWarnings).toEqual([]);
    expect(noted.notes).toEqual([
      { title: expect.any(String), message: noteText(warning), note: '本年收费确为 125 亿元。' },
    ]);
    expect(noted.checks.find((c) => c.rule === 'active.feeUnit')!.result).toBe('已说明 1 项');
  });
});

describe('the 审签单 rendered', () => {
  const report = acknowledge(
    withCells(loadFixture('mfa-2024'), { 'active.fees.amount': 1250000 }),
    checkReport(withCells(loadFixture('mfa-2024'), { 'active.fees.amount': 1250000 }), {
      mode: 'final',
    }).find((f) => f.rule === 'active.feeUnit')!,
    '本年收费确为 125 亿元。',
  );
  const doc = buildChecklist(report);

  it('as a web page: every check, the 说明, the signature lines; no script, no inline style', () => {
    const html = renderChecklistHtml(doc);
    for (const c of doc.checks) expect(html).toContain(`data-rule="${c.rule}"`);
    expect(html).toContain('本年收费确为 125 亿元。');
    for (const who of doc.signers) expect(html).toContain(`<th scope="row">${who}</th>`);
    expect(html).not.toMatch(/<script|\sstyle=/i);
  });

  it('as Word: the same words, in order', async () => {
    const files = unzipDocx(await renderChecklistDocx(doc));
    const text = descendants(part(files, 'word/document.xml'), 'w:p').map(textOf).join('\n');
    const at = (s: string) => text.indexOf(s);
    expect(at('政府信息公开工作年度报告审签单')).toBeGreaterThanOrEqual(0);
    for (const c of doc.checks) expect(text).toContain(c.title);
    expect(at('本年收费确为 125 亿元。')).toBeGreaterThan(at('四、已写说明'));
    expect(at('签发人')).toBeGreaterThan(at('六、审核签发'));
    expect(files.get('docProps/core.xml')).not.toContain('Un-named');
  });
});
