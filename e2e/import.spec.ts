import { expect, test, type Page } from '@playwright/test';
import {
  cellInput,
  createNextYearDraft,
  expectRecognised,
  openTab,
  TABLE_3,
  typeInto,
} from './editor-helpers.ts';
import { seedPath } from './fixtures.ts';

async function importFile(page: Page, path: string): Promise<void> {
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles(path);
  await expect(page.getByRole('heading', { name: /核对导入的报告/ })).toBeVisible();
}

test.describe('importing last year’s report', () => {
  test('a published text: reviewed, corrected, and turned into next year’s draft', async ({
    page,
  }, testInfo) => {
    await importFile(page, seedPath('mfa-2024.txt'));
    await expectRecognised(page, '外交部', 2024);
    await expect(page.locator('.recognised')).toContainText('国办公开办函〔2021〕30号');
    await expect(cellInput(page, 'requests.newReceived.naturalPerson')).toHaveValue('82');
    await expect(page.locator('[data-cell="requests.carriedForward.total"]').first()).toContainText(
      '3',
    );
    // The source beside the tables; a finding's line number shows that line in it.
    const sourcePane = page.getByRole('region', { name: '导入的原文（识别出的文字）' });
    await expect(sourcePane).toContainText('外交部政府信息公开工作');
    await page
      .locator('.finding', { hasText: '四、政府信息公开工作被申请行政复议' })
      .getByRole('button', { name: /第 \d+ 行/ })
      .click();
    const marked = sourcePane.locator('li[aria-current="location"]');
    await expect(marked).toContainText('四、政府信息公开工作被申请行政复议、提起行政诉讼情况');
    await expect(marked).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath('review.png') });
    // On a wide screen the source stands in a column of its own between the tables and the findings.
    await page.setViewportSize({ width: 1680, height: 1000 });
    const tablesBox = await page.locator('.import-tables').boundingBox();
    const sourceBox = await sourcePane.boundingBox();
    expect(sourceBox && tablesBox && sourceBox.x >= tablesBox.x + tablesBox.width).toBe(true);
    await page.screenshot({ path: testInfo.outputPath('review-wide.png') });
    await page.setViewportSize({ width: 1280, height: 720 });

    // Correct a figure in the review, then create the 2025 draft.
    await typeInto(page, 'reviews.reconsideration.upheld', '10');
    await createNextYearDraft(page, '外交部', 2025);
    await openTab(page, TABLE_3);
    await expect(cellInput(page, 'requests.carriedOver.naturalPerson')).toHaveValue('3');
    await expect(cellInput(page, 'requests.newReceived.naturalPerson')).toHaveValue('');
    await cellInput(page, 'requests.carriedOver.naturalPerson').focus();
    await expect(page.getByText('二、上年结转政府信息公开申请数量 自然人 上年：1')).toBeVisible();

    await page.getByRole('button', { name: '返回草稿列表' }).click();
    await expect(page.getByRole('link', { name: '外交部2025年报告' })).toBeVisible();
  });

  test('our JSON opened as last year’s report itself', async ({ page }) => {
    await importFile(page, seedPath('mfa-2020.expected.json'));
    await page.getByRole('button', { name: '作为 2020 年度报告打开' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      '外交部2020年政府信息公开工作年度报告',
    );
    await openTab(page, TABLE_3);
    await expect(cellInput(page, 'requests.newReceived.naturalPerson')).toHaveValue('26');
  });

  test('pasted text is recognised the same way', async ({ page }) => {
    const { readFileSync } = await import('node:fs');
    await page.goto('/');
    await page.getByRole('button', { name: '粘贴文本' }).click();
    await page.getByLabel('报告全文').fill(readFileSync(seedPath('mfa-2020.txt'), 'utf8'));
    await page.getByRole('button', { name: '识别' }).click();
    await expect(page.getByRole('heading', { name: /核对导入的报告/ })).toBeVisible();
    await expect(cellInput(page, 'active.otherServices.decisions')).toHaveValue('320000');
  });

  test('a text without its title: 机关 and 年度 are filled in during the review', async ({
    page,
  }) => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(seedPath('mfa-2024.txt'), 'utf8');
    // The first lines are the title (外交部政府信息公开工作 / 2024 年度报告).
    const body = text.slice(text.indexOf('一、总体情况'));
    await page.goto('/');
    await page.getByRole('button', { name: '粘贴文本' }).click();
    await page.getByLabel('报告全文').fill(body);
    await page.getByRole('button', { name: '识别' }).click();
    await expect(page.getByRole('heading', { name: /核对导入的报告/ })).toBeVisible();
    const agency = page.getByLabel('机关', { exact: true });
    await expect(agency).toHaveValue('');
    // No year anywhere: read as last year's report, said so beside the field and in the findings.
    const lastYear = new Date().getFullYear() - 1;
    await expect(page.getByLabel('年度', { exact: true })).toHaveValue(String(lastYear));
    await expect(page.getByText('未能识别，暂填为上一年度，请核对')).toBeVisible();
    await expect(page.locator('[data-code="import.year.fallback"]')).toBeVisible();
    await expect(agency).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('请填写机关名称')).toBeVisible();
    await expect(page.getByRole('button', { name: /年度草稿$/ })).toBeDisabled();
    await expect(cellInput(page, 'requests.newReceived.naturalPerson')).toHaveValue('82');

    await agency.fill('外交部');
    await page.getByLabel('年度', { exact: true }).fill('2024');
    await expect(agency).toHaveAttribute('aria-invalid', 'false');
    await createNextYearDraft(page, '外交部', 2025);
    await openTab(page, TABLE_3);
    await expect(cellInput(page, 'requests.carriedOver.naturalPerson')).toHaveValue('3');
  });

  test('a row printed short: the review marks its cells with the importer’s note and lists it', async ({
    page,
  }) => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(seedPath('mfa-2024.txt'), 'utf8').replace(
      /^3\.其他 16 0 0 0 0 0 16$/mu,
      '3.其他 16 0 0 0 0 16',
    );
    await page.goto('/');
    await page.getByRole('button', { name: '粘贴文本' }).click();
    await page.getByLabel('报告全文').fill(text);
    await page.getByRole('button', { name: '识别' }).click();
    await expect(page.getByRole('heading', { name: /核对导入的报告/ })).toBeVisible();
    const sentence = /第 \d+ 行“（六）其他处理 3\.其他”应有 7 个数字，读到 6 个（16 0 0 0 0 16）/u;
    await expect(page.locator('[data-code="import.figure.count"]')).toContainText(sentence);
    const cell = cellInput(page, 'requests.results.otherHandling.other.naturalPerson');
    await expect(cell).toHaveValue('16');
    await expect(cell.locator('xpath=..')).toHaveClass(/\bsev-warning\b/u);
    await expect(cell).toHaveAccessibleDescription(sentence);
  });

  test('a report copied from a web page is read by its tables, not the flattened text', async ({
    page,
  }) => {
    const { readFileSync } = await import('node:fs');
    const { parseReportJson } = await import('../src/domain/index.ts');
    const { buildReportDocument, renderHtml } = await import('../src/io/export/index.ts');
    const parsed = parseReportJson(readFileSync(seedPath('mfa-2020.expected.json'), 'utf8'));
    if (!parsed.ok) throw new Error('seed');
    const html = renderHtml(buildReportDocument(parsed.report));
    await page.goto('/');
    await page.getByRole('button', { name: '粘贴文本' }).click();
    const field = page.getByLabel('报告全文');
    // What the browser puts on the clipboard when a page is selected and copied: the HTML and,
    // beside it, text in which every table cell is a line of its own.
    const paste = () =>
      field.evaluate((el, copied) => {
        const data = new DataTransfer();
        data.setData('text/html', copied);
        const doc = new DOMParser().parseFromString(copied, 'text/html');
        const cells = [...doc.body.querySelectorAll('h1,h2,p,td,th')].map((n) => n.textContent);
        data.setData('text/plain', cells.join('\n'));
        el.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }, html);
    const kept = page.getByText('已保留复制内容中的表格结构');
    await paste();
    await expect(field).toHaveValue(/行政事业性收费/);
    await expect(kept).toBeVisible();
    // Edited after pasting: the text as it then stands is what will be read.
    await field.press('End');
    await page.keyboard.type('。');
    await expect(kept).toHaveCount(0);
    // Pasted again over all of it (Ctrl+A, Ctrl+V): the whole report again, with its tables.
    await field.press('Control+A');
    await paste();
    await expect(kept).toBeVisible();
    await page.getByRole('button', { name: '识别' }).click();
    await expect(
      page.getByRole('heading', { name: '核对导入的报告：粘贴的网页内容' }),
    ).toBeVisible();
    await expect(cellInput(page, 'active.procurement.projects')).toHaveValue('38');
    await expect(cellInput(page, 'requests.newReceived.commercial')).toHaveValue('2');
    await expect(cellInput(page, 'reviews.reconsideration.upheld')).toHaveValue('1');
  });

  test('bad files are refused with one Chinese line; cancel and refusals change no draft', async ({
    page,
  }) => {
    await page.goto('/');
    const bad = [
      { name: 'empty.txt', buffer: Buffer.from(''), reason: /空文件/ },
      {
        name: 'junk.bin',
        buffer: Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8]),
        reason: /不是文字|无法识别/,
      },
      {
        name: 'truncated.json',
        buffer: Buffer.from('{"schema":"xxgk-nianbao/report@1","format":"2021",'),
        reason: /JSON/,
      },
      {
        name: 'other.json',
        buffer: Buffer.from('{"hello":"world"}'),
        reason: /不是本工具的报告文件/,
      },
      {
        name: 'news.txt',
        buffer: Buffer.from('今天天气很好，我们去公园散步。\n明天还要上班。'),
        reason: /没有识别到/,
      },
    ];
    for (const file of bad) {
      await page.getByTestId('import-input').setInputFiles({
        name: file.name,
        mimeType: 'application/octet-stream',
        buffer: file.buffer,
      });
      await expect(page.getByRole('alert')).toContainText(file.reason);
      await expect(page.getByRole('alert')).toContainText(`“${file.name}”`);
      await expect(page.getByRole('heading', { name: /核对导入的报告/ })).toHaveCount(0);
    }
    await expect(page.getByText('还没有草稿')).toBeVisible();

    await page.getByTestId('import-input').setInputFiles(seedPath('mfa-2024.expected.json'));
    await page.getByRole('button', { name: '取消' }).click();
    await expect(page.getByText('还没有草稿')).toBeVisible();
  });
});

test.describe('importing the JSON, Word and web-page files we export', () => {
  for (const kind of ['json', 'docx', 'html'] as const) {
    test(`a ${kind} report: reviewed, corrected and turned into next year’s draft`, async ({
      page,
    }) => {
      const { parseReportJson } = await import('../src/domain/index.ts');
      const { buildReportDocument } = await import('../src/io/export/report-document.ts');
      const { readFileSync } = await import('node:fs');
      const parsed = parseReportJson(readFileSync(seedPath('mfa-2020.expected.json'), 'utf8'));
      if (!parsed.ok) throw new Error('seed');
      const doc = buildReportDocument(parsed.report);
      const buffer =
        kind === 'json'
          ? readFileSync(seedPath('mfa-2020.expected.json'))
          : kind === 'docx'
            ? Buffer.from(await (await import('../src/io/export/docx/index.ts')).renderDocx(doc))
            : Buffer.from((await import('../src/io/export/html/render-html.ts')).renderHtml(doc));
      await page.goto('/');
      await page.getByTestId('import-input').setInputFiles({
        name: `外交部2020.${kind}`,
        mimeType: 'application/octet-stream',
        buffer,
      });
      await expect(page.getByRole('heading', { name: /核对导入的报告/ })).toBeVisible();
      await expect(page.locator('.recognised')).toContainText('国办公开办函〔2019〕60号');
      await expect(cellInput(page, 'active.procurement.projects')).toHaveValue('38');
      await expect(cellInput(page, 'requests.newReceived.commercial')).toHaveValue('2');

      await typeInto(page, 'reviews.reconsideration.upheld', '3');
      await createNextYearDraft(page, '外交部', 2021);
      await expect(page.getByText('国办公开办函〔2021〕30号').first()).toBeVisible();
      await openTab(page, '四、政府信息公开行政复议、行政诉讼情况');
      await expect(cellInput(page, 'reviews.reconsideration.upheld')).toHaveValue('');
      // The corrected figure is kept as last year's value.
      await cellInput(page, 'reviews.reconsideration.upheld').focus();
      await expect(page.getByText('行政复议 结果维持 上年：3')).toBeVisible();
    });
  }
});
