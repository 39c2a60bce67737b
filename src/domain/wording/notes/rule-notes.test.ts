/** Every check's code has a sentence, and a sentence reads whole from its params. */
import { describe, expect, it } from 'vitest';
import type { Note, RuleNoteParams } from '../../notes/index.ts';
import { noteMessage } from './index.ts';

/** One set of params per code, as the checks give them. */
const SAMPLES: { readonly [C in keyof RuleNoteParams]: RuleNoteParams[C] } = {
  'cells.valid': {
    label: '本年收费金额（单位：万元）',
    problem: 'moneyDecimals',
    value: 1.1234567,
    limit: 6,
  },
  'cells.complete': { table: 'requests', count: 12, final: true },
  'cells.refused': { label: '（一）予以公开 自然人', problem: { kind: 'notInteger', text: '2.5' } },
  'requests.balance': {
    column: '自然人',
    newReceived: 3,
    carriedOver: 1,
    resultsTotal: 2,
    carriedForward: 1,
  },
  'requests.carryover': { column: '商业企业', now: 2, before: 0, otherYear: 2022 },
  'imported.totals': { label: '行政复议 总计', printed: 99, computed: 27 },
  'active.inForce': { label: '规章 现行有效件数', inForce: 4, before: 4, issued: 1, repealed: 0 },
  'active.repealBound': { label: '规章 本年废止件数', repealed: 2, before: 0, issued: 1 },
  'active.feeUnit': { label: '本年收费金额（单位：万元）', amount: 55_692_092 },
  'active.itemsNonNegative': { label: '行政许可 本年增/减', change: -2, previousItems: 1 },
  'active.publicTotal': { label: '规章 对外公开总数量', total: 3, published: 5 },
  'active.previousItems': { label: '行政许可 上一年项目数量', now: 4, before: 3, change: 3 },
  'format.year': { year: 2020, required: '2019', current: '2021' },
  'narrative.required': { heading: '五、存在的主要问题及改进情况' },
  'narrative.fees': {},
  'narrative.fees.notices': { feeUnpaid: 2 },
  'narrative.figures': {
    quoted: '受理依申请公开55件',
    figure: 'inForce:normativeDocuments',
    sums: [54, 56],
  },
  'narrative.similarity': { heading: '一、总体情况', percent: 97 },
  'yoy.outlier': { label: '一、本年新收政府信息公开申请数量 商业企业', now: 60, before: 2 },
};

describe('the sentences of the checks', () => {
  it.each(Object.entries(SAMPLES))('%s reads whole', (code, params) => {
    // Object.entries loses the pairing of each code with its params; SAMPLES' type keeps it.
    const text = noteMessage({ code, severity: 'warning', cells: [], params } as Note);
    expect(text).toMatch(/[\u4e00-\u9fff]/u);
    expect(text).not.toMatch(/undefined|NaN|\[object|null/u);
  });

  it('says what it computes from the params', () => {
    const balance = noteMessage({
      code: 'requests.balance',
      severity: 'error',
      cells: [],
      params: SAMPLES['requests.balance'],
    });
    expect(balance).toBe('自然人列：一（3）加二（1）为 4，三（七）总计（2）加四（1）为 3，相差 1');
    expect(
      noteMessage({
        code: 'narrative.figures',
        severity: 'warning',
        cells: [],
        params: SAMPLES['narrative.figures'],
      }),
    ).toBe('正文写“受理依申请公开55件”，统计表中现行有效的行政规范性文件件数为 54 或 56');
    expect(
      noteMessage({
        code: 'cells.valid',
        severity: 'error',
        cells: [],
        params: SAMPLES['cells.valid'],
      }),
    ).toBe('本年收费金额（单位：万元）：金额最多保留 6 位小数（现为 1.1234567）');
  });
});
