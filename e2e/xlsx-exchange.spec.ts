/**
 * Excel exchange on the 汇总 page: the office downloads the empty template, five departments
 * fill it in outside the app (exceljs here, as Excel would save it), their files are dropped
 * with a JSON report and a Word report, and the summed draft and the overview .xlsx come out
 * with every figure right.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { cell, cellInput, openTab, TABLE_3 } from './editor-helpers.ts';
import { readSeedJson } from './fixtures.ts';

type Json = Record<string, unknown>;
const seed2024 = readSeedJson('mfa-2024.expected.json');

/** The k-th department: the 2024 seed with k more requests received and granted (still balanced). */
async function department(k: number) {
  const { parseReportJson, withTotals } = await import('../src/domain/index.ts');
  const r = structuredClone(seed2024);
  const req = r.requests as Json;
  const newReceived = req.newReceived as Json;
  newReceived.naturalPerson = (newReceived.naturalPerson as number) + k;
  const granted = (req.results as Json).granted as Json;
  granted.naturalPerson = (granted.naturalPerson as number) + k;
  const parsed = parseReportJson(JSON.stringify({ ...r, agency: `某某县第${k}局` }));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return withTotals(parsed.report);
}

async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await click();
  const file = await waiting;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test('template out, five filled workbooks and two other kinds in: the summed draft and the overview .xlsx', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  await page.getByRole('button', { name: '汇总多份报告' }).click();
  await expect(page).toHaveURL(/#\/aggregate$/);

  // 下发填报模板 for 2024.
  const panel = page.locator('.xlsx-template');
  await panel.getByLabel('报告年度').fill('2024');
  await expect(panel).toContainText('2021 格式');
  const template = await download(page, () =>
    panel.getByRole('button', { name: '下载填报模板（.xlsx）' }).click(),
  );
  expect(template.name).toBe('政府信息公开年度报告填报模板-2024年度.xlsx');
  await expect(panel.getByRole('status')).toContainText('已下载 2024 年度填报模板');
  await page.screenshot({ path: testInfo.outputPath('xlsx-template-panel.png') });

  // Five departments fill it in; a sixth sends our Word export, and 外交部 its JSON.
  const { fillTemplate } = await import('../src/io/import/xlsx/test-support.ts');
  const { buildReportDocument } = await import('../src/io/export/report-document.ts');
  const { renderDocx } = await import('../src/io/export/docx/index.ts');
  const departments = await Promise.all([1, 2, 3, 4, 5, 6].map(department));
  const files = [
    ...(await Promise.all(
      departments.slice(0, 5).map(async (d, i) => ({
        name: `第${i + 1}局-填报.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await fillTemplate(new Uint8Array(template.bytes), d)),
      })),
    )),
    {
      name: '第6局.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(await renderDocx(buildReportDocument(departments[5]!))),
    },
    {
      name: '外交部.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(seed2024)),
    },
  ];
  await page.getByTestId('aggregate-input').setInputFiles(files);
  await expect(page.locator('.aggregate-progress')).toHaveText('已读取 7 个文件：7 份可汇总。', {
    timeout: 60_000,
  });
  for (let k = 1; k <= 5; k++)
    await expect(page.locator(`tr[data-row="第${k}局-填报.xlsx"]`)).toContainText(
      new RegExp(`某某县第${k}局.*2024.*Excel · 2021 格式`, 'u'),
    );
  await expect(page.locator('tr[data-row="第6局.docx"]')).toContainText('Word · 2021 格式');

  await page.getByLabel('汇总后的机关名称').fill('某某县人民政府办公室');
  const summing = page.locator('.aggregate-sum');
  await page.screenshot({ path: testInfo.outputPath('xlsx-aggregate-sum.png'), fullPage: true });

  // The overview for the leader: one row per department, then the 汇总 row.
  const overview = await download(page, () =>
    summing.getByRole('button', { name: '导出汇总表（.xlsx）' }).click(),
  );
  expect(overview.name).toBe('某某县人民政府办公室2024年度汇总表.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    overview.bytes.buffer.slice(
      overview.bytes.byteOffset,
      overview.bytes.byteOffset + overview.bytes.byteLength,
    ) as ArrayBuffer,
  );
  const sheet = wb.getWorksheet('汇总概况')!;
  const row = (r: number) =>
    Array.from({ length: 7 }, (_, c) => {
      const x = sheet.getCell(r, c + 1);
      return x.formula ? x.result : x.value;
    });
  const seedRequests = seed2024.requests as Json;
  const seedNew = (seedRequests.newReceived as Json).total as number;
  const seedDone = ((seedRequests.results as Json).total as Json).total as number;
  const seedCarried = (seedRequests.carriedForward as Json).total as number;
  const seedReconsideration = ((seed2024.reviews as Json).reconsideration as Json).total as number;
  for (let k = 1; k <= 6; k++)
    expect(row(3 + k)).toEqual([
      k,
      `某某县第${k}局`,
      seedNew + k,
      seedDone + k,
      seedCarried,
      seedReconsideration,
      0,
    ]);
  expect(row(10)).toEqual([7, '外交部', seedNew, seedDone, seedCarried, seedReconsideration, 0]);
  expect(row(11)).toEqual([
    '',
    '汇总',
    7 * seedNew + 21,
    7 * seedDone + 21,
    7 * seedCarried,
    7 * seedReconsideration,
    0,
  ]);

  // The summed draft opens at once, with its seven sources.
  const sum = summing.getByRole('button', { name: '汇总并打开草稿' });
  await expect(sum).toBeEnabled();
  await sum.click();
  await expect(page).toHaveURL(/#\/draft\//);
  const sources = page.getByTestId('sources-list');
  await sources.getByText('汇总来源（7）').click();
  await expect(sources.locator('li')).toHaveCount(7);
  await openTab(page, TABLE_3);
  const seedNatural = (seedRequests.newReceived as Json).naturalPerson as number;
  await expect(cellInput(page, 'requests.newReceived.naturalPerson')).toHaveValue(
    String(7 * seedNatural + 21),
  );
  await expect(cell(page, 'requests.results.total.total')).toHaveText(String(7 * seedDone + 21));

  // 导出 → Excel from the editor: the summed draft as our workbook (a draft: confirmed first).
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: '导出 ▾' }).click();
  const exported = await download(page, () =>
    page.getByRole('button', { name: /^Excel 表格（\.xlsx/u }).click(),
  );
  expect(exported.name).toMatch(/\.xlsx$/u);
  const { importReportFile } = await import('../src/io/import/import-file.ts');
  const back = await importReportFile(new Uint8Array(exported.bytes), { name: exported.name });
  expect(back.kind).toBe('xlsx');
  expect(back.result.ok && back.result.report.requests.newReceived.naturalPerson).toBe(
    7 * seedNatural + 21,
  );
});
