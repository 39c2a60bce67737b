/**
 * Never silently wrong: the seeds' tables changed as offices change them
 * (test-support/realistic/mutations.ts), in every kind of file we read (a saved web page, a Word
 * document, text copied from a browser or Word, a cell per line, Markdown). The import may need
 * checking, but every figure that differs from the report must be flagged: listed as uncertain
 * or named by a warning or an error.
 */
import { describe, expect, it } from 'vitest';
import type { FixtureName } from '../../domain/test-support/fixtures.ts';
import { importReportFile, importReportText } from './import-file.ts';
import type { ImportResult } from './import.types.ts';
import { silentlyWrong } from './test-support/realistic/compare.ts';
import { browserCopy, markdown, wordCopy } from './test-support/realistic/copied-text.ts';
import { encodeGbk, govPageHtml } from './test-support/realistic/gov-page.ts';
import { MUTATIONS } from './test-support/realistic/mutations.ts';
import { officeDocx } from './test-support/realistic/office-docx.ts';
import type { ReportOutline } from './test-support/realistic/report-outline.ts';
import { realisticSeed, SEED_NAMES } from './test-support/realistic/seeds.ts';

const FORMS: Readonly<Record<string, (outline: ReportOutline) => Promise<ImportResult>>> = {
  'saved web page': async (o) => (await importReportFile(encodeGbk(govPageHtml(o)))).result,
  'Word document': async (o) => (await importReportFile(officeDocx(o))).result,
  'copied from a browser': async (o) => (await importReportText(browserCopy(o))).result,
  'copied from Word': async (o) => (await importReportText(wordCopy(o))).result,
  'a cell per line': async (o) => (await importReportText(wordCopy(o, 'lines'))).result,
  Markdown: async (o) => (await importReportText(markdown(o))).result,
};

/** Changes that went wrong together before (a cell per line and Markdown). */
const COMBINED: readonly (readonly [string, string])[] = [
  ['zeros left blank', 'a local row 其他主动公开文件 in table 二'],
  ['zeros left blank', 'a figure missing from a row'],
  ['table 三 without its 总计 column', 'a row printed twice'],
  ['table 三 without its 总计 column', 'a subtotal row for （三）不予公开'],
];

async function expectNeverSilent(name: FixtureName, changes: readonly string[]): Promise<void> {
  const { report, outline } = realisticSeed(name);
  const changed = changes.reduce((o, change) => MUTATIONS[change]!(o), outline);
  for (const [form, read] of Object.entries(FORMS)) {
    const result = await read(changed);
    expect(result.ok, `${form} refused`).toBe(true);
    expect(silentlyWrong(result, report), form).toEqual([]);
  }
}

describe('a changed table is never read silently wrong', () => {
  for (const name of SEED_NAMES) {
    for (const mutation of Object.keys(MUTATIONS))
      it(`${name}: ${mutation}`, () => expectNeverSilent(name as FixtureName, [mutation]));
    for (const changes of COMBINED)
      it(`${name}: ${changes.join(' + ')}`, () => expectNeverSilent(name as FixtureName, changes));
  }
});
