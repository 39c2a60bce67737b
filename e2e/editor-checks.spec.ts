import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  cellInput,
  expectSaved,
  narrative,
  openReportAsDraft,
  openTab,
  TABLE_3,
  typeInto,
} from './editor-helpers.ts';

test.describe('live checks in the editor', () => {
  test('a deliberate imbalance marks requests.balance on the right column; clicking the finding focuses its cell', async ({
    page,
  }, testInfo) => {
    await openReportAsDraft(page);
    await expect(page.getByTestId('findings-status')).toHaveText('可以导出');

    await typeInto(page, 'requests.newReceived.commercial', '2');
    await expect(page.getByTestId('findings-status')).toHaveText(/错误 \d+ 项/);
    const finding = page.locator('[data-rule="requests.balance"]', { hasText: '商业企业列' });
    await expect(finding).toContainText('为 2');
    await expect(finding).toContainText('为 0');
    await expect(
      page.locator('[data-rule="requests.balance"]', { hasText: '自然人列' }),
    ).toHaveCount(0);

    const input = cellInput(page, 'requests.newReceived.commercial');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(cellInput(page, 'requests.newReceived.naturalPerson')).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );

    await openTab(page, '一、总体情况');
    await finding.getByRole('button').first().click();
    await expect(page.getByRole('tab', { name: new RegExp(`^${TABLE_3}`) })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(input).toBeFocused();
    await page.screenshot({ path: testInfo.outputPath('imbalance.png') });

    // Undo restores the balance; redo brings the error back.
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('findings-status')).toHaveText('可以导出');
    await page.keyboard.press('Control+y');
    await expect(page.getByTestId('findings-status')).toHaveText(/错误 \d+ 项/);
  });

  test('a warning can stand once a 说明 is written, and the 说明 is kept', async ({ page }) => {
    await openReportAsDraft(page);
    await openTab(page, '二、主动公开政府信息情况');
    // 5000 亿元: far beyond any agency's fees, so 收费金额 looks like 元 typed as 万元.
    await typeInto(page, 'active.fees.amount', '50000000');
    const feeUnit = page.locator('[data-rule="active.feeUnit"]');
    await expect(feeUnit).toHaveCount(1);
    await expect(page.getByTestId('findings-status')).toHaveText('待核实 1 项');
    await feeUnit.getByRole('button', { name: '写说明' }).click();
    await page.getByLabel('说明（随报告保存）').fill('本年收费金额已与财务核对。');
    await page.getByRole('button', { name: '保存说明' }).click();
    await expect(page.getByTestId('findings-status')).toHaveText('可以导出');
    await expect(feeUnit).toContainText('说明：本年收费金额已与财务核对。');
    await expectSaved(page);
    await page.reload();
    await expect(page.locator('[data-rule="active.feeUnit"]')).toContainText(
      '说明：本年收费金额已与财务核对。',
    );
  });

  test('a content the format requires cannot be closed by a 说明', async ({ page }) => {
    await openReportAsDraft(page);
    await openTab(page, '六、其他需要报告的事项');
    await narrative(page, '六、其他需要报告的事项').fill('本年度我部认真落实上级工作要点。');
    const fees = page.locator('[data-rule="narrative.fees"]');
    await expect(fees).toContainText('信息处理费');
    await expect(page.getByTestId('findings-status')).toHaveText('待核实 1 项');
    await expect(fees.getByRole('button', { name: '写说明' })).toHaveCount(0);
    await expect(fees).toContainText('须在正文中写明');
  });

  test('the editor has no serious or critical accessibility violation', async ({ page }) => {
    await openReportAsDraft(page);
    await typeInto(page, 'requests.newReceived.commercial', '2');
    for (const tab of [TABLE_3, '二、主动公开政府信息情况', '一、总体情况']) {
      await openTab(page, tab);
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(
        bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
        tab,
      ).toEqual([]);
    }
  });
});
