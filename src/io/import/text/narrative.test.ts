import { describe, expect, it } from 'vitest';
import {
  classifyLine,
  cleanSpaces,
  joinParagraphs,
  repeatedLines,
  type LineContext,
} from './narrative.ts';
import { toLines } from './normalise.ts';

const ctx: LineContext = {
  title: '外交部政府信息公开工作2024年度报告',
  headerChars: new Set('行政复议诉讼结果维持纠正其他尚未审结总计'),
  headerTexts: new Set(['行政复议', '行政诉讼', '结果维持', '未经复议直接起诉', '复议后起诉']),
  rowLabels: [['四结转下年度继续办理'], ['七总计']],
  tableHeadings: ['四政府信息公开行政复议行政诉讼情况'],
  repeated: new Set(),
};
const role = (text: string): string => classifyLine(toLines(text)[0]!, ctx);

describe('classifyLine', () => {
  it.each([
    ['7', 'pageNumber'],
    ['- 12 -', 'pageNumber'],
    ['外交部政府信息公开工作 2024 年度报告', 'runningHeader'],
    ['1 0 1 0 2 0 0 0 0 0 0 0 0 0 0', 'figures'],
    ['持 正 果 结 持 正 果 结', 'fragment'],
    ['行政复议 行政诉讼', 'fragment'],
    ['结果维持 未经复议直接起诉 复议后起诉', 'fragment'],
    ['四、结转下年度继续办理 3 0 0 0 0 0 3', 'tableRow'],
    ['全年共办理 98 件，答复 3 件', 'text'],
    ['四、政府信息公开行政复议、行政诉讼情况', 'fragment'],
    ['理 3件。', 'text'],
    ['入。', 'text'],
    ['(一)两会提案办理及公开情况:2020 年我部共办理十三', 'text'],
    ['发布时间：2025-01-21 10:30 来源：办公厅 浏览次数：1286 【字体：大 中 小】', 'webChrome'],
    ['【打印本页】 【关闭窗口】', 'webChrome'],
    ['网站标识码：bm01000001 京ICP备05079023号-1', 'webChrome'],
    ['规范网站标识码、ICP备案编号等展示。', 'text'],
    // Lines broken out of a sentence (PDF) with words a website uses too.
    ['由信息中心提供技术支持，优化网站地图和', 'text'],
    ['群众扫一扫二维码即可查询办事指南', 'text'],
  ])('%s → %s', (text, expected) => {
    expect(role(text)).toBe(expected);
  });

  it('keeps a number wrapped onto a line of its own when its measure word follows', () => {
    const [number, unit] = toLines('160\n条。');
    expect(classifyLine(number!, ctx, unit)).toBe('text');
    expect(classifyLine(number!, ctx, toLines('（二）依申请公开')[0])).toBe('pageNumber');
  });

  it('takes a line of words printed three times for a running header', () => {
    const lines = toLines(
      '某某局年度报告\n正文\n某某局年度报告\n正文二\n某某局年度报告\n0 0 0\n0 0 0\n0 0 0',
    );
    expect([...repeatedLines(lines)]).toEqual(['某某局年度报告']);
  });
});

describe('cleanSpaces and joinParagraphs', () => {
  it('removes the spaces extraction puts around numbers in Chinese text', () => {
    expect(cleanSpaces('全年举行例行记者会 230 场，回答 PDF to text 问题')).toBe(
      '全年举行例行记者会230场，回答PDF to text问题',
    );
  });

  it('joins wrapped lines and starts paragraphs at numbered items and after short sentence ends', () => {
    const lines = [
      '（一）聚焦元首外交，权威发布最新动态。发挥元首外',
      '交战略引领作用，做好重要信息发布。',
      '（二）积极推进主动公开，提升依申请公开质效。及时',
      '在部官网发布。',
      '2025年，我部将继续遵照党中央、国务院部署，深入贯彻',
      '《条例》要求。',
    ].map((text) => ({ text, indent: 0 }));
    expect(joinParagraphs(lines)).toBe(
      '（一）聚焦元首外交，权威发布最新动态。发挥元首外交战略引领作用，做好重要信息发布。\n' +
        '（二）积极推进主动公开，提升依申请公开质效。及时在部官网发布。\n' +
        '2025年，我部将继续遵照党中央、国务院部署，深入贯彻《条例》要求。',
    );
  });
});
