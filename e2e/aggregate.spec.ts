import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { cell, cellInput, openTab, TABLE_3 } from './editor-helpers.ts';
import { readSeedJson, seedPath } from './fixtures.ts';

type Json = Record<string, unknown>;

/** Leaves out every derived `total` (the 总计 column, （七）总计, 复议/诉讼 总计): the app recomputes them. */
function withoutTotals(node: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    const nested = value !== null && typeof value === 'object' && !Array.isArray(value);
    // A leaf total is left out; the （七）总计 row stays as an empty object (its cells left out).
    if (key === 'total') {
      if (nested) out[key] = {};
      continue;
    }
    out[key] =
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? withoutTotals(value as Json)
        : value;
  }
  return out;
}

const GENERATED = 24;
const seed2024 = readSeedJson('mfa-2024.expected.json');
const requests = seed2024.requests as Json;
const seedNewReceived = (requests.newReceived as Json).naturalPerson as number;
const seedResultsTotal = ((requests.results as Json).total as Json).total as number;

/** The k-th department: the 2024 seed with k more requests received and granted (still balanced). */
function generated(k: number): Json {
  const r = structuredClone(seed2024);
  const req = r.requests as Json;
  (req.newReceived as Json).naturalPerson = seedNewReceived + k;
  const granted = (req.results as Json).granted as Json;
  granted.naturalPerson = (granted.naturalPerson as number) + k;
  return {
    ...r,
    agency: `某某县第${k}局`,
    requests: withoutTotals(req),
    reviews: withoutTotals(r.reviews as Json),
  };
}

/** Departments 22–24 send their report as our Word, web-page and text exports instead of JSON. */
const EXPORTED: Readonly<Record<number, 'docx' | 'html' | 'txt'>> = {
  22: 'docx',
  23: 'html',
  24: 'txt',
};

async function exported(k: number, kind: 'docx' | 'html' | 'txt') {
  const { parseReportJson } = await import('../src/domain/index.ts');
  const { buildReportDocument } = await import('../src/io/export/report-document.ts');
  const parsed = parseReportJson(JSON.stringify(generated(k)));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  const doc = buildReportDocument(parsed.report);
  const buffer =
    kind === 'docx'
      ? Buffer.from(await (await import('../src/io/export/docx/index.ts')).renderDocx(doc))
      : kind === 'html'
        ? Buffer.from((await import('../src/io/export/html/render-html.ts')).renderHtml(doc))
        : Buffer.from((await import('../src/io/export/text/render-text.ts')).renderText(doc));
  return { name: `dept-${k}-2024.${kind}`, mimeType: 'application/octet-stream', buffer };
}

async function files() {
  const json = (name: string, value: unknown) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(value, null, 2)),
  });
  const junk = Buffer.alloc(2048);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 151 + 17) % 256;
  const full = JSON.stringify(seed2024);
  return [
    json('mfa-2024.json', seed2024),
    json('mfa-2020.json', readSeedJson('mfa-2020.expected.json')),
    {
      name: 'mfa-2024.txt',
      mimeType: 'text/plain',
      buffer: readFileSync(seedPath('mfa-2024.txt')),
    },
    {
      name: 'mfa-2020.txt',
      mimeType: 'text/plain',
      buffer: readFileSync(seedPath('mfa-2020.txt')),
    },
    ...(await Promise.all(
      Array.from({ length: GENERATED }, (_, i) => {
        const kind = EXPORTED[i + 1];
        return kind ? exported(i + 1, kind) : json(`dept-${i + 1}-2024.json`, generated(i + 1));
      }),
    )),
    {
      name: 'broken-truncated.json',
      mimeType: 'application/json',
      buffer: Buffer.from(full.slice(0, Math.floor(full.length / 2))),
    },
    { name: 'junk.bin', mimeType: 'application/octet-stream', buffer: junk },
  ];
}

test('30 files at once: rows with statuses, plan notes, and a summed draft', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  await page.getByRole('button', { name: '汇总多份报告' }).click();
  await expect(page).toHaveURL(/#\/aggregate$/);
  await expect(page.getByRole('heading', { level: 1, name: '汇总多份报告' })).toBeVisible();

  await page.getByTestId('aggregate-input').setInputFiles(await files());
  const status = page.locator('.aggregate-progress');
  await expect(status).toHaveText('已读取 30 个文件：28 份可汇总，2 个无法读取。', {
    timeout: 60_000,
  });

  const rows = page.locator('.aggregate-table tbody tr');
  await expect(rows).toHaveCount(30);
  await expect(page.locator('.aggregate-table [data-status="ok"]')).toHaveCount(28);
  await expect(page.locator('.aggregate-table [data-status="failed"]')).toHaveCount(2);
  for (const name of ['broken-truncated.json', 'junk.bin']) {
    await expect(page.locator(`tr[data-row="${name}"] .row-status`)).toContainText(/^无法读取：.+/);
  }
  const mfa2024 = page.locator('tr[data-row="mfa-2024.txt"]');
  await expect(mfa2024).toContainText('外交部');
  await expect(mfa2024).toContainText('2024');
  await expect(mfa2024).toContainText('文本 · 2021 格式');
  await expect(page.locator('tr[data-row="mfa-2020.json"]')).toContainText('2019 格式');
  for (const name of ['dept-22-2024.docx', 'dept-23-2024.html', 'dept-24-2024.txt']) {
    await expect(page.locator(`tr[data-row="${name}"]`)).toContainText(/某某县第2[234]局/);
  }

  // The 2020 reports are flagged before summing; the sum is refused while they are selected.
  const notes = page.locator('.aggregate-sum .aggregate-notes');
  await expect(notes.locator('li.sev-error[data-code="aggregate.years"]')).toContainText('2020');
  await expect(notes.locator('li.sev-warning[data-code="aggregate.formats"]')).toBeVisible();
  const sum = page.getByRole('button', { name: '汇总并打开草稿' });
  await expect(sum).toBeDisabled();

  // One row in full: its findings and its tables.
  await page.getByRole('button', { name: '查看 mfa-2024.txt' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: /外交部2024年/ })).toBeVisible();
  await expect(dialog.getByTestId('findings-status')).toBeVisible();
  await expect(dialog.getByRole('table', { name: TABLE_3 })).toBeVisible();
  await expect(dialog.locator('[data-cell="requests.newReceived.naturalPerson"]')).toHaveText(
    String(seedNewReceived),
  );
  await page.screenshot({ path: testInfo.outputPath('aggregate-detail.png') });
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();

  await page.getByLabel('选中 mfa-2020.json').uncheck();
  await page.getByLabel('选中 mfa-2020.txt').uncheck();
  await expect(notes.locator('[data-code="aggregate.years"]')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '汇总选中的 26 份报告' })).toBeVisible();
  await page.getByLabel('汇总后的机关名称').fill('某某县人民政府办公室');
  await page.screenshot({ path: testInfo.outputPath('aggregate-page.png'), fullPage: true });
  // mfa-2024 twice (its JSON and its text): flagged as counted twice; summed anyway on purpose.
  await expect(notes.locator('li.sev-error[data-code="aggregate.duplicate"]')).toContainText(
    '外交部 2024 年度报告被计入 2 次',
  );
  await expect(sum).toBeDisabled();
  await page.getByLabel('已核对上面标为“错误”的问题，仍然汇总').check();
  await expect(sum).toBeEnabled();
  await sum.click();

  // The summed draft opens at once, with its sources.
  await expect(page).toHaveURL(/#\/draft\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    '某某县人民政府办公室2024年政府信息公开工作年度报告',
  );
  const sources = page.getByTestId('sources-list');
  await expect(sources.getByText('汇总来源（26）')).toBeVisible();
  await sources.getByText('汇总来源（26）').click();
  await expect(sources.locator('li')).toHaveCount(26);
  await expect(sources).toContainText('某某县第24局');

  const k = (GENERATED * (GENERATED + 1)) / 2;
  await openTab(page, TABLE_3);
  await expect(cellInput(page, 'requests.newReceived.naturalPerson')).toHaveValue(
    String(26 * seedNewReceived + k),
  );
  await expect(cell(page, 'requests.results.total.total')).toHaveText(
    String(26 * seedResultsTotal + k),
  );
  await page.screenshot({ path: testInfo.outputPath('aggregate-editor.png') });
});
