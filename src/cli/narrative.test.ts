/** `xxgk narrative`: the drafted paragraphs under their sections; what could not be drafted on stderr. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rolloverReport, type Report } from '../domain/index.ts';
import { draftParagraph } from '../domain/narrative/index.ts';
import { mfa2023, reportWith } from '../domain/narrative/test-support.ts';
import { loadFixture } from '../domain/test-support/fixtures.ts';
import { cli, linesOf, makeTempDir, SEEDS, seedPath } from './test-support.ts';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(() => temp.cleanup());

const text = (p: ReturnType<typeof draftParagraph>): string => {
  if (!p.ok) throw new Error(p.reason);
  return p.text;
};

describe('narrative', () => {
  it('prints the paragraphs under 一 and 六, with last year from --previous', async () => {
    const previous = await temp.write('mfa-2023.json', JSON.stringify(mfa2023()));
    const run = await cli('narrative', seedPath('mfa-2024'), '--previous', previous, '--fees-none');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const report: Report = { ...loadFixture('mfa-2024'), previous: mfa2023() };
    expect(linesOf(run.stdout)).toEqual([
      '一、总体情况',
      '【主动公开情况】',
      text(draftParagraph('active', report)),
      '【依申请公开情况】',
      text(draftParagraph('requests', report)),
      '【行政复议、行政诉讼情况】',
      text(draftParagraph('reviews', report)),
      '六、其他需要报告的事项',
      '【信息处理费收取情况】',
      '本年度未发出信息处理费收费通知，未收取信息处理费。',
    ]);
    expect(run.stdout).toContain('较上年增加65件，增长361.1%');
  });

  it('fee figures from --fee-notices and --fees-collected (件数,元)', async () => {
    const run = await cli(
      'narrative',
      seedPath('mfa-2024'),
      '--fee-notices',
      '3，1200',
      '--fees-collected=2,800.5',
    );
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout).at(-1)).toBe(
      '本年度依据《政府信息公开信息处理费管理办法》发出信息处理费收费通知3件，金额共计1200元；实际收取信息处理费2件，共计800.5元。',
    );
  });

  it('without fee figures a 2021 report gets the three paragraphs and a line on stderr saying how to give them', async () => {
    const run = await cli('narrative', seedPath('mfa-2024'));
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('六、');
    expect(linesOf(run.stderr)).toEqual([
      '未生成“信息处理费收取情况”：信息处理费不在统计表中，用 --fee-notices 件数,金额 和 --fees-collected 件数,金额（元）给出，没有收费的用 --fees-none',
    ]);
  });

  it('reads any importable file: the 2020 seed as extracted PDF text (2019 format)', async () => {
    const run = await cli('narrative', path.join(SEEDS, 'mfa-2020.txt'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('全年共收到政府信息公开申请30件（本年新收29件，上年结转1件）。');
    expect(run.stdout).toContain('本年作出其他对外管理服务事项决定32万件');
  });

  it('a draft rolled over with last year’s text: last year’s figures left in it are listed on stderr', async () => {
    const { report } = rolloverReport(loadFixture('mfa-2024'), { copyNarrative: true });
    const filled: Report = {
      ...reportWith(2025, {
        'requests.newReceived.naturalPerson': 95,
        'requests.carriedOver.naturalPerson': 3,
        'requests.results.granted.naturalPerson': 90,
        'requests.carriedForward.naturalPerson': 8,
      }),
      narrative: report.narrative!,
      previous: report.previous!,
    };
    const file = await temp.write('draft-2025.json', JSON.stringify(filled));
    const run = await cli('narrative', file, '--fees-none');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '全年共收到政府信息公开申请98件（本年新收95件，上年结转3件），较上年增加15件，增长18.1%。',
    );
    expect(linesOf(run.stderr)).toEqual([
      '正文“一、总体情况”中的“1”是上年的制发的规章件数，本年为 0',
      '正文“一、总体情况”中的“4”是上年的制发的行政规范性文件件数，本年为 0',
      '正文“一、总体情况”中的“83”是上年的收到的申请数，本年为 98',
      '正文“一、总体情况”中的“80”是上年的办结的申请数，本年为 90',
      '正文“一、总体情况”中的“3”是上年的结转下年度的申请数，本年为 8',
    ]);
  });

  it('empty figures: those paragraphs are not drafted, and how many cells of which table are missing is said', async () => {
    const draft = rolloverReport(loadFixture('mfa-2024')).report;
    const file = await temp.write('empty-2025.json', JSON.stringify(draft));
    const run = await cli('narrative', file, '--fees-none');
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toEqual([
      '六、其他需要报告的事项',
      '【信息处理费收取情况】',
      '本年度未发出信息处理费收费通知，未收取信息处理费。',
    ]);
    expect(linesOf(run.stderr)).toEqual([
      '未生成“主动公开情况”：表二还有 10 格未填写，填完后才能生成',
      '未生成“依申请公开情况”：表三还有 138 格未填写，填完后才能生成',
      '未生成“行政复议、行政诉讼情况”：表四还有 12 格未填写，填完后才能生成',
    ]);
  });

  it('usage errors and unreadable files: exit 2, one Chinese reason, nothing on stdout', async () => {
    const bad = await cli('narrative', seedPath('mfa-2024'), '--fee-notices', '3件');
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toMatch(
      /^xxgk：--fee-notices 应写成“件数,金额（元）”，例如 3,1200，实际为“3件”\n/,
    );
    const both = await cli(
      'narrative',
      seedPath('mfa-2024'),
      '--fees-none',
      '--fees-collected',
      '1,1',
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^xxgk：--fees-none 不能与/);
    const missing = await cli('narrative', path.join(temp.dir, 'nope.json'));
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^.*nope\.json：.*[\u4e00-\u9fff]/);
    const noFile = await cli('narrative');
    expect(noFile.stderr).toMatch(/^xxgk：narrative 命令缺少文件名\n/);
  });
});
