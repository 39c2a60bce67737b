import { expect, test } from '@playwright/test';
import { killChromium, newProfile, removeProfile, startChromium } from './durability.ts';
import {
  cellInput,
  createDraft,
  expectSaved,
  narrative,
  openTab,
  TABLE_3,
  typeInto,
} from './editor-helpers.ts';

// A trace cannot be finished for a browser killed mid-test (Playwright traces CDP-connected contexts too).
test.use({ trace: 'off' });

test.describe('drafts are never lost', () => {
  test('a reload restores every value, the narrative and the table the user was on', async ({
    page,
  }) => {
    const id = await createDraft(page, '某县人民政府办公室', 2025);
    await openTab(page, TABLE_3);
    await typeInto(page, 'requests.newReceived.naturalPerson', '12');
    await typeInto(page, 'requests.newReceived.commercial', '3');
    await openTab(page, '四、政府信息公开行政复议、行政诉讼情况');
    await typeInto(page, 'reviews.reconsideration.upheld', '2');
    await openTab(page, '六、其他需要报告的事项');
    await narrative(page, '六、其他需要报告的事项').fill('本年度未收取信息处理费。\n第二行。');
    await openTab(page, TABLE_3);
    await expectSaved(page);

    await page.reload();
    await expect(page).toHaveURL(new RegExp(`#/draft/${id}`));
    await expect(page.getByRole('tab', { name: new RegExp(`^${TABLE_3}`) })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(cellInput(page, 'requests.newReceived.naturalPerson')).toHaveValue('12');
    await expect(cellInput(page, 'requests.newReceived.commercial')).toHaveValue('3');
    await expect(page.locator('[data-cell="requests.newReceived.total"]')).toContainText('15');
    await openTab(page, '四、政府信息公开行政复议、行政诉讼情况');
    await expect(cellInput(page, 'reviews.reconsideration.upheld')).toHaveValue('2');
    await openTab(page, '六、其他需要报告的事项');
    await expect(narrative(page, '六、其他需要报告的事项')).toHaveValue(
      '本年度未收取信息处理费。\n第二行。',
    );
  });

  test('values typed 300 ms before the browser is killed are there when it starts again', async ({
    baseURL,
  }) => {
    test.slow();
    const profile = newProfile();
    try {
      const first = await startChromium(profile);
      const id = await createDraft(first.page, '某镇人民政府', 2025, baseURL!);
      await openTab(first.page, TABLE_3);
      await expectSaved(first.page);
      await typeInto(first.page, 'requests.newReceived.naturalPerson', '7');
      await typeInto(first.page, 'requests.carriedOver.naturalPerson', '4');
      await first.page.waitForTimeout(300);
      await killChromium(first.proc); // no pagehide, no unload: as when the power goes

      const second = await startChromium(profile);
      await second.page.goto(`${baseURL!}#/draft/${id}`);
      await expect(cellInput(second.page, 'requests.newReceived.naturalPerson')).toHaveValue('7');
      await expect(cellInput(second.page, 'requests.carriedOver.naturalPerson')).toHaveValue('4');
      await killChromium(second.proc);
    } finally {
      removeProfile(profile);
    }
  });

  test('a second tab on the same draft is told so and cannot overwrite the first', async ({
    page,
    context,
  }) => {
    const id = await createDraft(page, '某市统计局', 2025);
    await openTab(page, TABLE_3);
    await typeInto(page, 'requests.newReceived.naturalPerson', '5');
    await expectSaved(page);

    const second = await context.newPage();
    await second.goto(`/#/draft/${id}`);
    await expect(second.getByRole('alert')).toContainText('已在另一个标签页中打开');
    await expect(cellInput(second, 'requests.newReceived.naturalPerson')).toBeDisabled();
    await expect(cellInput(second, 'requests.newReceived.naturalPerson')).toHaveValue('5');

    // The first tab goes on and saves; the second, once the first is closed, sees its work.
    await typeInto(page, 'requests.newReceived.commercial', '9');
    await expectSaved(page);
    await page.close();
    await second.reload();
    await expect(cellInput(second, 'requests.newReceived.commercial')).toHaveValue('9');
    await expect(cellInput(second, 'requests.newReceived.commercial')).toBeEnabled();
    await expect(cellInput(second, 'requests.newReceived.naturalPerson')).toHaveValue('5');
  });
});
