import { expect, test, type Locator, type Page } from '@playwright/test';
import { APPLICANT_KEYS } from '../src/domain/index.ts';
import { readSeedJson } from './fixtures.ts';

/**
 * The editable grid of table 三 (src/app/editor/grid): filled by keyboard alone, refused input
 * shown at its cell, Escape, and a block pasted from a spreadsheet. Figures come from the 2024
 * seed report (外交部), typed into a new 2025 draft.
 */

const TABLE_3 = '三、收到和处理政府信息公开申请情况';
/** The six kinds of applicant (总计 is derived). */
const COLUMNS = APPLICANT_KEYS.slice(0, 6);

type Row = Record<(typeof COLUMNS)[number] | 'total', number>;
const seedRequests = readSeedJson('mfa-2024.expected.json').requests as Record<string, unknown>;

/** Row paths of table 三 in printed order (e.g. results.denied.stateSecret), （七）总计 included. */
function rowPaths(node: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const child = value as Record<string, unknown>;
    return 'naturalPerson' in child ? [path] : rowPaths(child, path);
  });
}
const ALL_ROWS = rowPaths(seedRequests);
const TOTAL_ROW = 'results.total';
const ENTERED_ROWS = ALL_ROWS.filter((r) => r !== TOTAL_ROW);
const seedRow = (path: string): Row =>
  path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], seedRequests) as Row;
const id = (row: string, column: string) => `requests.${row}.${column}`;

const cell = (page: Page, cellId: string): Locator => page.locator(`[data-cell="${cellId}"]`);
const focusedCell = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell ?? null);

/** Figures as a clerk might type them: big ones in full-width digits (IME in full-width mode). */
const asTyped = (n: number): string =>
  n >= 10 ? String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) : String(n);

async function newDraft(page: Page, year: number): Promise<void> {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('某某市教育局');
  await page.getByLabel('年度', { exact: true }).fill(String(year));
  await page.getByRole('button', { name: '新建报告' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    `某某市教育局${year}年政府信息公开工作年度报告`,
  );
  const tab = page.getByRole('tab', { name: new RegExp(`^${TABLE_3}`) });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await expect(page.getByRole('table', { name: TABLE_3 })).toBeVisible();
}

/** Table 三 copied from a spreadsheet laid out as the printed form: 7 columns (总计 included) × 25 rows (（七）总计 included). */
function tableThreeTsv(override: (cellId: string, value: number) => number = (_c, v) => v): string {
  const lines = ALL_ROWS.map((row) =>
    [...COLUMNS, 'total' as const]
      .map((col) => String(override(id(row, col), seedRow(row)[col])))
      .join('\t'),
  );
  return `${lines.join('\r\n')}\r\n`;
}

async function expectSeedFigures(page: Page): Promise<void> {
  for (const row of ALL_ROWS) {
    for (const col of [...COLUMNS, 'total'] as const) {
      const target = cell(page, id(row, col));
      const expected = String(seedRow(row)[col]);
      if (row === TOTAL_ROW || col === 'total')
        await expect(target, id(row, col)).toHaveText(expected);
      else await expect(target, id(row, col)).toHaveValue(expected);
    }
  }
}

test.describe('the editable grid of table 三', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('a new draft is filled by keyboard alone (Tab, Enter, arrows, Ctrl+Home); totals follow', async ({
    page,
  }, testInfo) => {
    // Some 160 cells typed one key at a time: slow on a loaded 2-core machine, not a hang.
    test.setTimeout(120_000);
    await newDraft(page, 2025);
    const table = page.getByRole('table', { name: TABLE_3 });
    await expect(table.locator('input[data-cell]')).toHaveCount(
      ENTERED_ROWS.length * COLUMNS.length,
    );
    // Derived cells carry data-cell and are not inputs.
    await expect(cell(page, 'requests.newReceived.total')).not.toHaveJSProperty('tagName', 'INPUT');
    await expect(cell(page, 'requests.results.total.naturalPerson')).not.toHaveJSProperty(
      'tagName',
      'INPUT',
    );
    // Entered cells are named "<row label> <column label>".
    await expect(page.getByRole('textbox', { name: '1.属于国家秘密 自然人' })).toHaveAttribute(
      'data-cell',
      'requests.results.denied.stateSecret.naturalPerson',
    );

    await cell(page, id('newReceived', 'naturalPerson')).focus();
    const kb = page.keyboard;

    // Rows 一 and 二: left to right with Tab, which wraps to the next row and skips 总计.
    for (const row of ['newReceived', 'carriedOver']) {
      for (const col of COLUMNS) {
        await kb.type(asTyped(seedRow(row)[col]));
        if (row === 'newReceived' && col === 'naturalPerson') {
          // The total follows the figure while it is typed, before it is committed.
          await expect(cell(page, id('newReceived', 'total'))).toHaveText('82');
        }
        await kb.press('Tab');
      }
      await expect(cell(page, id(row, 'total'))).toHaveText(String(seedRow(row).total));
    }
    expect(await focusedCell(page)).toBe(id('results.granted', 'naturalPerson'));
    await expect(cell(page, id('newReceived', 'naturalPerson'))).toHaveValue('82'); // full-width digits read as 82

    // The 自然人 column of the results and 四: Enter moves down, over （七）总计.
    const downRows = ENTERED_ROWS.slice(2);
    for (const row of downRows) {
      await kb.type(asTyped(seedRow(row).naturalPerson));
      await kb.press('Enter');
    }
    expect(await focusedCell(page)).toBe(id('carriedForward', 'naturalPerson')); // the last row: Enter stays
    await expect(cell(page, id(TOTAL_ROW, 'naturalPerson'))).toHaveText('80');

    // Back to the first cell, down to （一）予以公开, right to 商业企业; the rest row by row with Tab.
    await kb.press('Control+Home');
    expect(await focusedCell(page)).toBe(id('newReceived', 'naturalPerson'));
    await kb.press('ArrowDown');
    await kb.press('ArrowDown');
    await kb.press('ArrowRight');
    expect(await focusedCell(page)).toBe(id('results.granted', 'commercial'));
    for (const [i, row] of downRows.entries()) {
      for (const col of COLUMNS.slice(1)) {
        await kb.type(asTyped(seedRow(row)[col]));
        await kb.press(col === 'other' && i === downRows.length - 1 ? 'Enter' : 'Tab');
      }
      if (i < downRows.length - 1) {
        expect(await focusedCell(page)).toBe(id(downRows[i + 1]!, 'naturalPerson'));
        await kb.press('Tab'); // 自然人 is filled already
      }
    }
    expect(await focusedCell(page)).toBe(id('carriedForward', 'other'));

    await expectSeedFigures(page);
    await page.screenshot({ path: testInfo.outputPath('table3-typed.png') });
    await page.screenshot({ path: testInfo.outputPath('table3-typed-full.png'), fullPage: true });
  });

  test('refused input: a message at the cell, aria-invalid, the committed value kept; Escape restores it', async ({
    page,
  }, testInfo) => {
    await newDraft(page, 2025);
    const first = cell(page, id('newReceived', 'naturalPerson'));
    const total = cell(page, id('newReceived', 'total'));
    await first.focus();
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await expect(total).toHaveText('12');
    await page.keyboard.press('ArrowUp');
    expect(await focusedCell(page)).toBe(id('newReceived', 'naturalPerson'));

    const cases: readonly (readonly [typed: string, key: string, reason: RegExp])[] = [
      ['abc', 'Enter', /“abc”不是数字/],
      ['-3', 'Tab', /不能为负数/],
      ['2.5', 'ArrowRight', /应为整数/],
    ];
    for (const [typed, key, reason] of cases) {
      await page.keyboard.type(typed); // the text is selected on arrival: typing replaces it
      await page.keyboard.press(key);
      // Refused: the focus stays, the text stays, the reason is shown at the cell.
      expect(await focusedCell(page)).toBe(id('newReceived', 'naturalPerson'));
      await expect(first).toHaveValue(typed);
      await expect(first).toHaveAttribute('aria-invalid', 'true');
      await expect(first).toHaveAccessibleDescription(reason);
      const messageId = (await first.getAttribute('aria-describedby'))!.split(' ')[0]!;
      const message = page.locator(`[id="${messageId}"]`);
      await expect(message).toBeVisible();
      await expect(message).toContainText(reason);
      // …right under the cell.
      const [cellBox, messageBox] = [await first.boundingBox(), await message.boundingBox()];
      expect(messageBox!.y).toBeGreaterThanOrEqual(cellBox!.y + cellBox!.height - 2);
      expect(messageBox!.y).toBeLessThan(cellBox!.y + cellBox!.height + 12);
      await expect(
        page.getByRole('status').filter({ hasText: '一、本年新收政府信息公开申请数量 自然人' }),
      ).toContainText(reason);
      await expect(total).toHaveText('12'); // the committed value stays
      if (typed === 'abc') await page.screenshot({ path: testInfo.outputPath('refused.png') });

      await page.keyboard.press('Escape');
      await expect(first).toHaveValue('12');
      await expect(first).not.toHaveAttribute('aria-invalid', 'true');
      await expect(message).toHaveCount(0);
    }

    // Accepted as people write figures: 万 in a count cell, separators, full-width digits.
    await page.keyboard.type('3.2万');
    await page.keyboard.press('Enter');
    await expect(first).toHaveValue('32000');
    await expect(total).toHaveText('32000');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type('１，２３４');
    await page.keyboard.press('End');
    await expect(first).toHaveValue('1234');
    expect(await focusedCell(page)).toBe(id('newReceived', 'other'));
    await page.keyboard.press('Home');
    expect(await focusedCell(page)).toBe(id('newReceived', 'naturalPerson'));
    // Emptied: not filled (null), the total empty again.
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await expect(first).toHaveValue('');
    await expect(total).toHaveText('');
  });

  test('a click selects the figure, so typing replaces it; a second click edits where the caret is', async ({
    page,
  }) => {
    await newDraft(page, 2025);
    const first = cell(page, id('newReceived', 'naturalPerson'));
    const total = cell(page, id('newReceived', 'total'));
    await first.focus();
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await expect(total).toHaveText('12');

    // Clicked at the end of "12", as a clerk correcting it would: typing 15 gives 15, not 1215.
    const box = (await first.boundingBox())!;
    await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
    expect(await focusedCell(page)).toBe(id('newReceived', 'naturalPerson'));
    await page.keyboard.type('15');
    await page.keyboard.press('Enter');
    await expect(first).toHaveValue('15');
    await expect(total).toHaveText('15');

    // Clicked once to select, once more to edit: the caret goes where the click is.
    await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
    await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    await expect(first).toHaveValue('150');
    await expect(total).toHaveText('150');
  });

  test('a block pasted from a spreadsheet with its 总计 column and （七）总计 row: every figure in its cell, totals compared, one undo step', async ({
    page,
  }, testInfo) => {
    await newDraft(page, 2025);
    const first = cell(page, id('newReceived', 'naturalPerson'));
    await first.focus();
    // One total of the block is wrong: it is compared with the computed total, not written.
    const tsv = tableThreeTsv((cellId, v) => (cellId === 'requests.newReceived.total' ? 84 : v));
    await first.evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, tsv);

    await expectSeedFigures(page);
    const notice = page.getByRole('status').filter({ hasText: '已粘贴' });
    await expect(notice).toContainText('已粘贴 144 格');
    await expect(notice).toContainText('30 个合计与计算结果一致');
    await expect(notice).toContainText(
      '“一、本年新收政府信息公开申请数量 总计”（粘贴内容第 1 行第 7 列）：粘贴的 84 与计算的 82 不一致',
    );
    await page.screenshot({ path: testInfo.outputPath('pasted.png') });

    // The whole paste is one undo step.
    await page.keyboard.press('Control+z');
    await expect(first).toHaveValue('');
    await expect(cell(page, id('carriedForward', 'naturalPerson'))).toHaveValue('');
    await expect(cell(page, id(TOTAL_ROW, 'total'))).toHaveText('');
    await page.keyboard.press('Control+y');
    await expectSeedFigures(page);

    // What does not fit is reported, never dropped silently; the rest is written.
    await cell(page, id('carriedForward', 'legalServices')).focus();
    await cell(page, id('carriedForward', 'legalServices')).evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', '7\tx\t9\t1\r\n2\r\n');
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    await expect(cell(page, id('carriedForward', 'legalServices'))).toHaveValue('7');
    await expect(cell(page, id('carriedForward', 'other'))).toHaveValue('0');
    const report = page.getByRole('status').filter({ hasText: '未粘贴' });
    await expect(report).toContainText('“x”不是数字');
    await expect(report).toContainText('粘贴的 9 与计算的 10 不一致');
    await expect(report).toContainText('第 1 行第 4 列“1”超出表格范围');
    await expect(report).toContainText('第 2 行第 1 列“2”超出表格范围');

    // The notice belongs to this table: it goes with the tab, and does not come back with it.
    await page.getByRole('tab', { name: /^四、/ }).click();
    await expect(page.getByRole('status').filter({ hasText: '粘贴' })).toHaveCount(0);
    await page.getByRole('tab', { name: new RegExp(`^${TABLE_3}`) }).click();
    await expect(page.getByRole('table', { name: TABLE_3 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '粘贴' })).toHaveCount(0);
  });

  test('at 1366 × 768 the table fits beside the findings, focus is always visible, derived cells are shaded', async ({
    page,
  }, testInfo) => {
    await newDraft(page, 2025);
    const table = page.getByRole('table', { name: TABLE_3 });
    const box = (await table.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1366,
    );

    const input = cell(page, id('results.denied.stateSecret', 'research'));
    await input.focus();
    const ring = await input.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    const derived = cell(page, id('results.denied.stateSecret', 'total'));
    const shade = await derived.evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await input.evaluate((el) => getComputedStyle(el.closest('td')!).backgroundColor);
    expect(shade).not.toBe(plain);
    await page.screenshot({ path: testInfo.outputPath('focus-1366.png') });
  });
});
