/**
 * Web pages as government websites publish them and browsers save them, not as our exporter
 * writes them (test-support/realistic): GBK bytes, the site around the report, CMS and Word
 * table markup. Each must import to its seed exactly, nothing flagged.
 */
import { describe, expect, it } from 'vitest';
import type { FixtureName } from '../../../domain/test-support/fixtures.ts';
import { importReportFile } from '../import-file.ts';
import { encodeGbk, govPageHtml, type GovPageOptions } from '../test-support/realistic/gov-page.ts';
import { expectImportedAs, realisticSeed, SEED_NAMES } from '../test-support/realistic/seeds.ts';

const PAGES: readonly (readonly [string, GovPageOptions])[] = [
  ['<meta charset=gb2312>, div layout, CMS table markup', {}],
  [
    'http-equiv charset, nested layout tables, Word markup',
    { charset: 'http-equiv', layoutTables: true, wordMarkup: true },
  ],
  ['the meta line and 打印本页 / 关闭窗口 inside the article’s element', { toolsInArticle: true }],
];

describe('a saved government web page', () => {
  for (const name of SEED_NAMES)
    it.each(PAGES)(`${name}: %s`, async (_, options) => {
      const { report, outline } = realisticSeed(name as FixtureName);
      const bytes = encodeGbk(govPageHtml(outline, options));
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      const { kind, result } = await importReportFile(bytes, { name: `${name}.html` });
      expect(kind).toBe('html');
      expectImportedAs(result, report);
    });
});
