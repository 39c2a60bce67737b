/** How findings read on a terminal: one line each, Chinese severity words, then a summary line. */
import {
  ACKNOWLEDGED_WORD,
  countWord,
  PREVIOUS_REPORT_WORD,
  SEVERITY_WORDS,
  type Finding,
  type FindingSummary,
  type Note,
  type Report,
} from '../domain/index.ts';
import { noteMessage } from '../domain/wording/notes/index.ts';

export { SEVERITY_WORDS };

/**
 * Text from a file made safe for one terminal line: line breaks, control characters (an escape
 * sequence in an agency name) and bidirectional overrides become spaces.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

export function oneLine(text: string): string {
  return text.replace(UNSAFE_IN_TERMINAL, ' ').trim();
}

/**
 * "错误 requests.balance 自然人列：…"; an acknowledged warning carries 已说明 and its note; one about
 * last year's embedded report says so.
 */
export function findingLine(finding: Finding & { readonly inPrevious?: true }): string {
  const word = SEVERITY_WORDS[finding.severity];
  const message = `${finding.inPrevious ? `${PREVIOUS_REPORT_WORD}中 ` : ''}${noteMessage(finding)}`;
  if (finding.acknowledgement === undefined) return oneLine(`${word} ${finding.rule} ${message}`);
  return oneLine(
    `${word}（${ACKNOWLEDGED_WORD}） ${finding.rule} ${message}；说明：${finding.acknowledgement}`,
  );
}

/**
 * "提示 rollover.carriedOver …", "提示 import.table.pageNumber 第 444 行单独的“7”看作页码…": a
 * note on one line (severity word, code, sentence), with the line of the input it was found at
 * when it has one and the sentence does not already name it.
 */
export function noteLine(note: Note): string {
  const message = noteMessage(note);
  const line = note.source?.line;
  const where = line !== undefined && !message.includes(`第 ${line} 行`) ? `（第 ${line} 行）` : '';
  return oneLine(`${SEVERITY_WORDS[note.severity]} ${note.code} ${message}${where}`);
}

export function reportName(report: Report): string {
  return `${oneLine(report.agency) || '（未填写单位）'} ${report.year} 年度报告`;
}

/** "外交部 2024 年度报告：错误 0 项，待核实 0 项，提示 0 项。状态：可以导出" */
export function summaryLine(report: Report, summary: FindingSummary): string {
  const acknowledged =
    summary.acknowledged > 0 ? `，${ACKNOWLEDGED_WORD} ${summary.acknowledged} 项` : '';
  const counts = [
    countWord('error', summary.errors),
    countWord('warning', summary.warnings),
    countWord('info', summary.infos),
  ].join('，');
  return `${reportName(report)}：${counts}${acknowledged}。状态：${summary.status}`;
}
