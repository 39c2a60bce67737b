import { draftParagraphs, findCopiedFigures } from '../../domain/narrative/index.ts';
import {
  getTemplate,
  PARAGRAPH_WORDS,
  type InformationFeeFigures,
  type NarrativeKey,
  type Report,
} from '../../domain/index.ts';
import { EXIT_FAILURE, EXIT_OK, type CliIo } from '../cli-io.ts';
import { oneLine, reportName } from '../format-findings.ts';
import { loadReport } from '../load-report.ts';
import { printLoadFailure } from '../usage.ts';
import { printImportFindings } from './import-findings.ts';

export interface NarrativeOptions {
  readonly file: string;
  /** Last year's report; otherwise the report's own `previous`. */
  readonly previous?: string;
  /** The 信息处理费 figures (--fee-notices, --fees-collected, --fees-none). */
  readonly fees?: InformationFeeFigures;
}

/**
 * "件数,金额" of --fee-notices / --fees-collected: a whole number of cases and an amount in 元
 * ("3,1200" or "3，1200.5"); null when it is not that.
 */
export function parseFeePair(text: string): { count: number; amount: number } | null {
  const m = /^\s*(\d+)\s*[,，]\s*(\d+(?:\.\d{1,2})?)\s*$/.exec(text);
  return m ? { count: Number(m[1]), amount: Number(m[2]) } : null;
}

const FEE_HINT =
  '用 --fee-notices 件数,金额 和 --fees-collected 件数,金额（元）给出，没有收费的用 --fees-none';

function headingOf(report: Report, key: NarrativeKey): string {
  const section = getTemplate(report.format).sections.find(
    (s) => s.kind === 'narrative' && s.narrative === key,
  );
  return section?.heading ?? key;
}

/**
 * `narrative FILE [--previous FILE] [--fee-notices N,元] [--fees-collected N,元] [--fees-none]`:
 * the paragraphs drafted from the figures on stdout, under their sections; paragraphs that cannot
 * be drafted yet (empty figures, no fee figures) and last year's figures left in the text on stderr.
 */
export async function runNarrative(io: CliIo, options: NarrativeOptions): Promise<number> {
  const loaded = await loadReport(io, options.file);
  if (!loaded.ok) return printLoadFailure(io, options.file, loaded);
  printImportFindings(io, options.file, loaded);
  let previous = loaded.report.previous;
  if (options.previous !== undefined) {
    const loadedPrevious = await loadReport(io, options.previous);
    if (!loadedPrevious.ok)
      return printLoadFailure(io, `上年报告 ${options.previous}`, loadedPrevious);
    previous = loadedPrevious.report;
    if (previous.year !== loaded.report.year - 1)
      io.stderr(
        `注意：--previous 给出的是 ${reportName(previous)}，本报告为 ${loaded.report.year} 年度\n`,
      );
  }
  const report = loaded.report;
  const drafted = draftParagraphs(report, {
    ...(previous ? { previous } : {}),
    ...(options.fees ? { fees: options.fees } : {}),
  });

  const out: string[] = [];
  const notes: string[] = [];
  let section: NarrativeKey | undefined;
  for (const p of drafted) {
    const name = PARAGRAPH_WORDS[p.kind];
    if (!p.ok) {
      notes.push(
        p.kind === 'fees'
          ? `未生成“${name}”：信息处理费不在统计表中，${FEE_HINT}`
          : `未生成“${name}”：${oneLine(p.reason)}`,
      );
      continue;
    }
    if (p.section !== section) {
      if (out.length > 0) out.push('');
      out.push(headingOf(report, p.section));
      section = p.section;
    }
    out.push(`【${name}】`, p.text);
  }
  for (const key of ['preamble', 'overview', 'problems', 'other'] as const) {
    for (const f of findCopiedFigures(report.narrative?.[key] ?? '', report, previous)) {
      if (f.current === f.previous) continue;
      notes.push(
        `正文“${headingOf(report, key)}”中的“${f.text}”是上年的${f.what}${f.replacement === undefined ? '（本年尚未填写）' : `，本年为 ${f.replacement}`}`,
      );
    }
  }
  if (out.length > 0) io.stdout(`${out.join('\n')}\n`);
  if (notes.length > 0) io.stderr(`${notes.map(oneLine).join('\n')}\n`);
  return out.length > 0 ? EXIT_OK : EXIT_FAILURE;
}
