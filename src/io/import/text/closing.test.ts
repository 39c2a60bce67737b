import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../import.types.ts';
import { signatureDate } from './closing.ts';
import { parseReportText } from './parse-text.ts';
import { SYNTHETIC_2021 } from './test-support.ts';

type Ok = Extract<ImportResult, { ok: true }>;

function ok(result: ImportResult): Ok {
  if (!result.ok) throw new Error(`import failed: ${result.reason}`);
  return result;
}

/** The synthetic report with lines printed after 六's text. */
const withEnd = (...lines: readonly string[]): string =>
  `${SYNTHETIC_2021.trimEnd()}\n${lines.join('\n')}\n`;

const SIX = '本年度未收取信息处理费。';

describe('the 落款 and contact after the last section', () => {
  it('a real office’s 落款 and 联系电话 line: out of 六, into the publication', () => {
    const back = ok(
      parseReportText(withEnd('', '某某市某某局', '2024年1月25日', '', '联系电话：0571-12345678')),
    );
    expect(back.report.narrative?.other).toBe(SIX);
    expect(back.report.publication).toEqual({
      date: '2024-01-25',
      contact: '联系电话：0571-12345678',
    });
    expect(back.report.agency).toBe('某某市某某局');
    expect(back.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a date in Chinese numerals, spaced, several contact lines', () => {
    const back = ok(
      parseReportText(
        withEnd(
          '某某市某某局',
          '二〇二四年一月二十五日',
          '联系地址：某某市某某路1号',
          '联系人：张某',
          '联系电话：0571-12345678',
        ),
      ),
    );
    expect(back.report.narrative?.other).toBe(SIX);
    expect(back.report.publication?.date).toBe('2024-01-25');
    expect(back.report.publication?.contact?.replace(/\s+/gu, '')).toBe(
      '联系地址：某某市某某路1号联系人：张某联系电话：0571-12345678',
    );
  });

  it('the agency alone (no date): taken out of 六, no publication', () => {
    const back = ok(parseReportText(withEnd('某某市某某局')));
    expect(back.report.narrative?.other).toBe(SIX);
    expect(back.report.publication).toBeUndefined();
  });

  it('a date inside a sentence of 六 stays', () => {
    const last = '本报告经2024年1月25日局务会议审议通过。';
    const back = ok(parseReportText(withEnd(last)));
    expect(back.report.narrative?.other?.replace(/\s+/gu, '')).toBe(`${SIX}${last}`);
    expect(back.report.publication).toBeUndefined();
  });

  it('a dated line followed by more of 六’s text stays', () => {
    const back = ok(parseReportText(withEnd('', '2024年3月1日', '', '局务会议审议通过了本报告。')));
    expect(back.report.narrative?.other).toContain('2024年3月1日');
    expect(back.report.narrative?.other).toContain('局务会议审议通过了本报告。');
    expect(back.report.publication).toBeUndefined();
  });
});

describe('signatureDate', () => {
  it.each([
    ['2025年1月20日', '2025-01-20'],
    ['2025 年 12 月 3 日', '2025-12-03'],
    ['二〇二五年一月二十日', '2025-01-20'],
    ['二〇二四年十二月三十一日', '2024-12-31'],
    ['二〇二四年十月十日', '2024-10-10'],
  ])('%s → %s', (printed, iso) => {
    expect(signatureDate(printed)).toBe(iso);
  });

  it.each(['2025年2月30日', '2025年13月1日', '2025年1月20日发布'])('%s is no date', (printed) => {
    expect(signatureDate(printed)).toBeUndefined();
  });
});
