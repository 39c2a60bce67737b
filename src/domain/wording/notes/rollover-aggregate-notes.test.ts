import { describe, expect, it } from 'vitest';
import {
  note,
  type AggregateNoteParams,
  type Note,
  type RolloverNoteParams,
  type SourceName,
} from '../../notes/index.ts';
import { noteMessage } from './index.ts';

/** One sample of parameters per code: the compiler insists every code has one. */
type Samples<Catalogue> = { readonly [C in keyof Catalogue]: Catalogue[C] };

const rows = {
  row: '二、上年结转政府信息公开申请数量',
  from: '四、结转下年度继续办理',
  lastYear: 2024,
};

const ROLLOVER_SAMPLES: Samples<RolloverNoteParams> = {
  'rollover.carriedOver': {
    ...rows,
    figures: [
      { label: '自然人', value: 3 },
      { label: '总计', value: 3 },
    ],
  },
  'rollover.carriedOver.incomplete': { ...rows, columns: ['科研机构', '其他'], all: false },
  'rollover.year.gap': { ...rows, year: 2027 },
  'rollover.active.baseline': {
    inForce: '现行有效件数',
    issued: '本年制发件数',
    repealed: '本年废止件数',
    figures: [{ label: '规章', value: 4 }],
  },
  'rollover.active.baselineMissing': { cells: ['行政规范性文件 现行有效件数'] },
  'rollover.active.notCarried': {
    heading: '主动公开政府信息情况',
    lastFormat: '2019',
    format: '2021',
    changed: {
      group: '第二十条第（一）项',
      lastColumns: ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
      columns: ['本年制发件数', '本年废止件数', '现行有效件数'],
      publicTotal: '对外公开总数量',
      inForce: '现行有效件数',
      procurementGroup: '第二十条第（九）项',
      procurement: '政府集中采购',
    },
  },
  'rollover.active.baselineNeeded': {
    inForce: '现行有效件数',
    repealed: '本年废止件数',
    rows: ['规章', '行政规范性文件'],
  },
  'rollover.active.previousItems': {
    heading: '主动公开政府信息情况',
    previousItems: '上一年项目数量',
    change: '本年增/减',
  },
  'rollover.requests.otherHandling': {
    heading: '收到和处理政府信息公开申请情况',
    split: '（六）其他处理',
    single: '（六）其他处理',
  },
  'rollover.tables.empty': { row: rows.row },
  'rollover.reviews.pending': { cases: [{ label: '行政复议', value: 17 }] },
  'rollover.previous': { lastYear: 2024, row: rows.row, column: '现行有效件数' },
  'rollover.previous.chain': { year: 2023 },
  'rollover.narrative.copied': {},
  'rollover.narrative.yearMentions': { year: 2024, count: 2 },
  'rollover.narrative.formatChanged': { lastFormat: '2019', heading: '其他需要报告的事项' },
  'rollover.narrative.nothingToCopy': {},
  'rollover.narrative.empty': {},
  'rollover.acknowledgements': { count: 1 },
};

const mfa: SourceName = { index: 0, agency: '外交部' };
const unnamed: SourceName = { index: 1, agency: '', file: '甲.json' };

const AGGREGATE_SAMPLES: Samples<AggregateNoteParams> = {
  'aggregate.none': {},
  'aggregate.years': {
    year: 2024,
    groups: [
      { key: 2024, reports: [mfa] },
      { key: 2023, reports: [unnamed] },
    ],
  },
  'aggregate.formats': {
    year: 2024,
    format: '2021',
    groups: [
      { key: '2021', reports: [mfa] },
      { key: '2019', reports: [unnamed] },
    ],
  },
  'aggregate.activeNotSummed': { reports: [unnamed] },
  'aggregate.activeSum': { format: '2019' },
  'aggregate.otherHandling': {
    format: '2021',
    reports: [unnamed],
    group: '（六）其他处理',
    row: '3.其他',
    items: ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  },
  'aggregate.duplicate': {
    agency: '外交部',
    year: 2024,
    places: [
      { report: mfa, inside: false },
      { report: { index: 2, agency: '某县汇总' }, inside: true },
    ],
  },
  'aggregate.unnamed': { reports: [unnamed, { index: 4, agency: '' }] },
  'aggregate.sourceErrors': { reports: [{ report: mfa, errors: 3, inTables: 1 }] },
  'aggregate.emptyCells': {
    report: mfa,
    empty: [{ table: 'requests', label: '1.属于国家秘密 商业企业' }, { label: 'reviews.x' }],
  },
  'aggregate.previous': {},
};

/** The sample notes; `note` checks each code against its parameters, the cast only joins them. */
const samples = (catalogue: Record<string, unknown>): Note[] =>
  Object.entries(catalogue).map(
    ([code, params]) => note(code as Note['code'], 'info', params as Note['params']) as Note,
  );

describe('the sentences of the rollover and 汇总 notes', () => {
  it.each(samples({ ...ROLLOVER_SAMPLES, ...AGGREGATE_SAMPLES }).map((n) => [n.code, n]))(
    '%s: a Chinese sentence with no undefined, NaN, null or [object …]',
    (_code, n) => {
      const text = noteMessage(n);
      expect(text).toMatch(/[\u4e00-\u9fff]/);
      expect(text).not.toMatch(/undefined|NaN|\[object|null/);
    },
  );

  it('words the samples as the rollover and 汇总 said them', () => {
    const text = (n: Note) => noteMessage(n);
    expect(
      text(note('rollover.carriedOver', 'info', ROLLOVER_SAMPLES['rollover.carriedOver'])),
    ).toBe(
      '“二、上年结转政府信息公开申请数量”取自 2024 年度报告的“四、结转下年度继续办理”：自然人 3，总计 3',
    );
    expect(text(note('aggregate.unnamed', 'warning', AGGREGATE_SAMPLES['aggregate.unnamed']))).toBe(
      '甲.json（未填写单位）、第 5 份报告（未填写单位）没有填写单位名称，汇总报告的来源清单中无法写明是哪个单位',
    );
    expect(
      text(note('aggregate.duplicate', 'error', AGGREGATE_SAMPLES['aggregate.duplicate'])),
    ).toBe(
      '外交部 2024 年度报告被计入 2 次（第 1 份；第 3 份（某县汇总）中已含），会重复相加：请只保留一份',
    );
  });

  it('names at most ten reports, then the count', () => {
    const reports = Array.from({ length: 12 }, (_, index) => ({
      index,
      agency: `单位${index + 1}`,
    }));
    const sentence = noteMessage(note('aggregate.unnamed', 'warning', { reports }));
    expect(sentence).toContain('单位10 等 12 份');
    expect(sentence).not.toContain('单位11');
  });
});
