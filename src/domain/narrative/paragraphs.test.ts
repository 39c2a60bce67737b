/** The drafted paragraphs of the two seed reports, against paragraphs written out by hand from their tables. */
import { describe, expect, it } from 'vitest';
import { loadFixture, withCells, withNarrative, findingsOf } from '../test-support/fixtures.ts';
import { rolloverReport } from '../rollover/index.ts';
import { draftParagraph, draftParagraphs } from './index.ts';
import { mfa2023, reportWith } from './test-support.ts';
import type { GeneratedParagraphKind, InformationFeeFigures, Report } from '../model/index.ts';

const NO_FEES: InformationFeeFigures = {
  noticesIssued: 0,
  noticesAmount: 0,
  collectedCases: 0,
  collectedAmount: 0,
};

function textOf(kind: GeneratedParagraphKind, report: Report, fees?: InformationFeeFigures) {
  const p = draftParagraph(kind, report, fees ? { fees } : {});
  if (!p.ok) throw new Error(p.reason);
  return p.text;
}

describe('外交部 2024 (2021 format), with the 2023 report as last year', () => {
  const report: Report = { ...loadFixture('mfa-2024'), previous: mfa2023() };

  it('依申请公开: received = 新收 + 上年结转, applicants, outcomes by group, 结转, and the change on last year', () => {
    expect(textOf('requests', report)).toBe(
      '全年共收到政府信息公开申请83件（本年新收82件，上年结转1件），较上年增加65件，增长361.1%。' +
        '本年新收申请中，自然人82件。' +
        '本年度办结80件，其中予以公开2件，部分公开2件，' +
        '不予公开18件（属于国家秘密2件、属于三类内部事务信息9件、属于四类过程性信息7件），' +
        '无法提供33件（本机关不掌握相关政府信息31件、没有现成信息需要另行制作2件），' +
        '不予处理9件（信访举报投诉类申请9件），其他处理16件。' +
        '结转下年度继续办理3件。',
    );
  });

  it('行政复议、行政诉讼: counts with last year, outcomes, 纠正', () => {
    expect(textOf('reviews', report)).toBe(
      '因政府信息公开工作被申请行政复议27件，较上年增加22件，增长440.0%；' +
        '其中结果维持9件、其他结果1件、尚未审结17件。' +
        '未因政府信息公开工作被提起行政诉讼，较上年减少1件，下降100.0%。' +
        '没有复议、诉讼结果被纠正的案件。',
    );
  });

  it('主动公开: 规章 / 行政规范性文件, decisions, 行政事业性收费 in 万元 as printed', () => {
    expect(textOf('active', report)).toBe(
      '本年度制发规章1件、行政规范性文件4件，未废止规章、行政规范性文件；' +
        '截至年底，现行有效规章4件，行政规范性文件7件。' +
        '本年未作出行政许可、行政处罚、行政强制决定。' +
        '本年行政事业性收费金额5569.2092万元。',
    );
  });

  it('六: the 信息处理费 sentence from the figures the user gives', () => {
    expect(textOf('fees', report, NO_FEES)).toBe(
      '本年度未发出信息处理费收费通知，未收取信息处理费。',
    );
    expect(
      textOf('fees', report, {
        noticesIssued: 3,
        noticesAmount: 1200,
        collectedCases: 2,
        collectedAmount: 800.5,
      }),
    ).toBe(
      '本年度依据《政府信息公开信息处理费管理办法》发出信息处理费收费通知3件，金额共计1200元；' +
        '实际收取信息处理费2件，共计800.5元。',
    );
    expect(textOf('fees', report, { ...NO_FEES, noticesIssued: 2, noticesAmount: 300 })).toBe(
      '本年度依据《政府信息公开信息处理费管理办法》发出信息处理费收费通知2件，金额共计300元；' +
        '申请人均未缴纳，实际收取信息处理费0元。',
    );
    const noFigures = draftParagraph('fees', report);
    expect(noFigures).toMatchObject({ ok: false, section: 'other' });
  });

  it('placed in the narrative, the paragraphs draw no narrative.figures or narrative.fees finding', () => {
    const drafted = draftParagraphs(report, { fees: NO_FEES });
    const text = (section: string) =>
      drafted.flatMap((p) => (p.ok && p.section === section ? [p.text] : [])).join('\n');
    const placed = withNarrative(report, { overview: text('overview'), other: text('other') });
    expect(findingsOf('narrative.figures', placed)).toEqual([]);
    expect(findingsOf('narrative.fees', placed)).toEqual([]);
  });

  it('a fee notice the applicant did not pay (（六）2 > 0) is reported so that narrative.fees is content', () => {
    const unpaid = withCells(report, {
      'requests.results.otherHandling.feeUnpaid.naturalPerson': 1,
      'requests.results.otherHandling.other.naturalPerson': 15,
    });
    const fees = { ...NO_FEES, noticesIssued: 1, noticesAmount: 100 };
    const placed = withNarrative(unpaid, { other: textOf('fees', unpaid, fees) });
    expect(findingsOf('narrative.fees', placed)).toEqual([]);
    expect(textOf('requests', unpaid)).toContain(
      '其他处理16件（申请人逾期未缴纳费用1件、其他15件）',
    );
  });
});

describe('外交部 2020 (2019 format), no last year', () => {
  const report = loadFixture('mfa-2020');

  it('依申请公开: every kind of applicant that applied, 没有结转', () => {
    expect(textOf('requests', report)).toBe(
      '全年共收到政府信息公开申请30件（本年新收29件，上年结转1件）。' +
        '本年新收申请中，自然人26件，商业企业2件，科研机构1件。' +
        '本年度办结30件，其中予以公开9件，部分公开3件，' +
        '不予公开6件（属于国家秘密4件、属于三类内部事务信息2件），' +
        '无法提供10件（本机关不掌握相关政府信息10件），其他处理2件。' +
        '没有结转下年度继续办理的申请。',
    );
  });

  it('行政复议、行政诉讼 without last year: no comparison', () => {
    expect(textOf('reviews', report)).toBe(
      '因政府信息公开工作被申请行政复议2件；其中结果维持1件、其他结果1件。' +
        '未因政府信息公开工作被提起行政诉讼。' +
        '没有复议、诉讼结果被纠正的案件。',
    );
  });

  it('主动公开 of the 2019 format: 新制作 / 新公开 / 对外公开总数, 32万件 as officials write it, 收费项目, 采购', () => {
    expect(textOf('active', report)).toBe(
      '本年度未新制作规章、规范性文件；未新公开规章、规范性文件；对外公开总数为规章3件，规范性文件3件。' +
        '本年作出其他对外管理服务事项决定32万件，未作出行政许可、行政处罚、行政强制决定。' +
        '行政事业性收费项目上一年为1项，本年无增减。' +
        '政府集中采购项目38项，采购总金额12808万元。',
    );
  });

  it('the 信息处理费 paragraph is offered for 2019 only when figures are given', () => {
    expect(draftParagraphs(report).map((p) => p.kind)).toEqual(['active', 'requests', 'reviews']);
    expect(draftParagraphs(report, { fees: NO_FEES }).map((p) => p.kind)).toContain('fees');
  });
});

describe('drafting edge cases', () => {
  it('a 2021 report after a 2020 report of the 2019 format compares what both have (表三, 表四)', () => {
    const draft = rolloverReport(loadFixture('mfa-2020')).report;
    const filled = reportWith(2021, {
      'requests.newReceived.naturalPerson': 30,
      'requests.results.granted.naturalPerson': 30,
      'reviews.reconsideration.upheld': 2,
    });
    const report: Report = { ...filled, previous: draft.previous! };
    expect(textOf('requests', report)).toMatch(/^全年共收到政府信息公开申请30件，与上年持平。/);
    expect(textOf('reviews', report)).toMatch(/^因政府信息公开工作被申请行政复议2件，与上年持平；/);
  });

  it('nothing received, and a zero base: no percentage', () => {
    const none = reportWith(2024, {});
    expect(textOf('requests', none)).toBe('全年未收到政府信息公开申请。');
    const some = {
      ...reportWith(2024, {
        'requests.newReceived.commercial': 4,
        'requests.carriedForward.commercial': 4,
      }),
      previous: none,
    };
    expect(textOf('requests', some)).toBe(
      '全年共收到政府信息公开申请4件，较上年增加4件。本年新收申请中，商业企业4件。本年度办结0件。结转下年度继续办理4件。',
    );
  });

  it('a figure still empty: not drafted, and the empty cells are named', () => {
    const report = withCells(loadFixture('mfa-2024'), { 'reviews.reconsideration.upheld': null });
    expect(draftParagraph('reviews', report)).toMatchObject({
      ok: false,
      missing: ['reviews.reconsideration.upheld'],
    });
    expect(draftParagraph('requests', report).ok).toBe(true);
  });
});
