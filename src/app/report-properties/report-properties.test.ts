import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '../../domain/index.ts';
import { loadFixture } from '../../domain/test-support/fixtures.ts';
import { planProperties, propertiesOf } from './report-properties.ts';

describe('planProperties', () => {
  const report = createEmptyReport({ agency: '甲局', year: 2025 });

  it('refuses a blank agency or a year the tool does not support, naming the field', () => {
    expect(planProperties(report, { ...propertiesOf(report), agency: '  ' })).toMatchObject({
      ok: false,
      field: 'agency',
      message: '请填写机关名称',
    });
    expect(planProperties(report, { ...propertiesOf(report), year: 2018 })).toMatchObject({
      ok: false,
      field: 'year',
    });
  });

  it('sets agency, year and the 落款; clearing them removes the publication', () => {
    const plan = planProperties(report, {
      agency: ' 乙局 ',
      year: 2024,
      date: '2025-01-20',
      contact: ' 电话 1 ',
    });
    expect(plan).toMatchObject({
      ok: true,
      report: {
        agency: '乙局',
        year: 2024,
        publication: { date: '2025-01-20', contact: '电话 1' },
      },
    });
    expect(plan.ok && plan.formatChange).toBeFalsy();
    if (!plan.ok) return;
    const cleared = planProperties(plan.report, {
      ...propertiesOf(plan.report),
      date: '',
      contact: '',
    });
    expect(cleared.ok && 'publication' in cleared.report).toBe(false);
  });

  it('a year in the other format is a change to confirm, with what it drops', () => {
    const seed = loadFixture('mfa-2024');
    const plan = planProperties(seed, { ...propertiesOf(seed), year: 2020 });
    expect(plan.ok && plan.formatChange?.to).toBe('2019');
    expect(plan.ok && plan.report.format).toBe('2019');
  });
});
