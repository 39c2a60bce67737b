import { expect, test } from '@playwright/test';
import { readSeedJson, seedPath } from './fixtures.ts';

test.describe('first screen: a report opened from its JSON shows table 三 and its findings', () => {
  test('the 2024 seed report: official merged layout, figures in their cells, no findings', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: '查看报告文件…' })).toBeVisible();
    await page.getByTestId('open-report-input').setInputFiles(seedPath('mfa-2024.expected.json'));

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '外交部2024年政府信息公开工作年度报告',
    );
    const table = page.getByRole('table', { name: '三、收到和处理政府信息公开申请情况' });
    await expect(table).toBeVisible();

    // Merged header and row groups as on the printed form.
    await expect(table.getByRole('columnheader', { name: '申请人情况' })).toHaveAttribute(
      'colspan',
      '7',
    );
    await expect(table.getByRole('columnheader', { name: '法人或其他组织' })).toHaveAttribute(
      'colspan',
      '5',
    );
    await expect(table.getByRole('columnheader', { name: '自然人' })).toHaveAttribute(
      'rowspan',
      '2',
    );
    await expect(table.locator('th', { hasText: '本列数据的勾稽关系' })).toHaveAttribute(
      'rowspan',
      '3',
    );
    await expect(table.getByRole('rowheader', { name: '三、本年度办理结果' })).toHaveAttribute(
      'rowspan',
      '22',
    );
    await expect(table.getByRole('rowheader', { name: '（三）不予公开' })).toHaveAttribute(
      'rowspan',
      '8',
    );
    await expect(table.getByRole('rowheader', { name: '（六）其他处理' })).toHaveAttribute(
      'rowspan',
      '3',
    );

    // Figures land in their cells (cell ids are the interface other tools use).
    await expect(table.locator('[data-cell="requests.newReceived.naturalPerson"]')).toHaveText(
      '82',
    );
    await expect(table.locator('[data-cell="requests.results.total.total"]')).toHaveText('80');
    await expect(table.locator('[data-cell="requests.carriedForward.total"]')).toHaveText('3');
    await expect(table.locator('[data-cell]')).toHaveCount(25 * 7); // every data row of the 2021 table × 7 columns

    await expect(page.getByTestId('findings-status')).toHaveText('可以导出');
    await page.screenshot({ path: testInfo.outputPath('report-2024.png'), fullPage: true });
  });

  test('the 2020 seed report uses the 2019 format: （六）其他处理 is one row', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('open-report-input').setInputFiles(seedPath('mfa-2020.expected.json'));
    const table = page.getByRole('table', { name: '三、收到和处理政府信息公开申请情况' });
    await expect(table.getByRole('rowheader', { name: '三、本年度办理结果' })).toHaveAttribute(
      'rowspan',
      '20',
    );
    await expect(table.getByRole('rowheader', { name: '（六）其他处理' })).toHaveAttribute(
      'colspan',
      '2',
    );
    await expect(table.locator('[data-cell="requests.results.otherHandling.total"]')).toHaveText(
      '2',
    );
    await expect(page.getByText('国办公开办函〔2019〕60号')).toBeVisible();
  });

  test('an imbalance is listed as an error with both sides of the equation, and the cells are marked', async ({
    page,
  }, testInfo) => {
    const report = readSeedJson('mfa-2024.expected.json') as {
      requests: { newReceived: { naturalPerson: number } };
    };
    report.requests.newReceived.naturalPerson = 83;
    await page.goto('/');
    await page.getByTestId('open-report-input').setInputFiles({
      name: 'imbalanced.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(report)),
    });
    await expect(page.getByTestId('findings-status')).toHaveText(/错误 \d+ 项/);
    const balance = page.locator('[data-rule="requests.balance"]').first();
    await expect(balance).toContainText('自然人列');
    await expect(balance).toContainText('84');
    await expect(balance).toContainText('83');
    await expect(page.locator('[data-cell="requests.newReceived.naturalPerson"]')).toHaveClass(
      /flagged/,
    );
    await page.screenshot({ path: testInfo.outputPath('imbalanced.png'), fullPage: true });
  });

  test('a bad file is refused with a Chinese reason and the open report stays as it was', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByTestId('open-report-input').setInputFiles(seedPath('mfa-2024.expected.json'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('外交部2024年');

    const bad = [
      {
        name: 'truncated.json',
        buffer: Buffer.from('{"schema":"xxgk-nianbao/report@1","format":"2021"'),
        reason: /不是有效的 JSON/,
      },
      {
        name: 'other.json',
        buffer: Buffer.from('{"hello":"world"}'),
        reason: /不是本工具的报告文件/,
      },
      { name: 'empty.json', buffer: Buffer.from(''), reason: /是空文件/ },
      {
        name: 'junk.bin',
        buffer: Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x9f]),
        reason: /不是文字文件/,
      },
      // Other kinds are read by the importers: text that is no report is refused with their line.
      {
        name: 'notes.txt',
        buffer: Buffer.from('会议纪要\n今天讨论了网站改版。'),
        reason: /没有识别到年度报告的统计表/,
      },
    ];
    for (const file of bad) {
      await page.getByTestId('open-report-input').setInputFiles({
        name: file.name,
        mimeType: 'application/octet-stream',
        buffer: file.buffer,
      });
      await expect(page.getByRole('alert')).toContainText(file.reason);
      await expect(page.getByRole('alert')).toContainText(file.name);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('外交部2024年');
      await expect(page.locator('[data-cell="requests.newReceived.naturalPerson"]')).toHaveText(
        '82',
      );
    }
  });
});
