/**
 * Which official format the tables are printed in, decided by the labels only one format has
 * (taken from the templates, e.g. 本年制发件数 / 行政规范性文件 → 2021; 本年新制作数量 /
 * 第二十条第（九）项 / 上一年项目数量 → 2019). A label that is only part of a longer label of the
 * other format (规范性文件 inside 行政规范性文件) is not counted there.
 */
import { FORMAT_IDS, getTemplate, type FormatId } from '../../../domain/index.ts';
import { labelForms } from './label-match.ts';
import { tableRows } from './table-rows.ts';

export interface FormatVote {
  readonly format: FormatId;
  /** Distinct labels of this format found. */
  readonly score: number;
  /** Those labels, as the template prints them. */
  readonly evidence: readonly string[];
}

interface Distinctive {
  readonly label: string;
  readonly forms: readonly string[];
}

/** Labels too short to tell formats apart safely (e.g. "3.其他") are left out. */
const MIN_FORM_LENGTH = 4;

let distinctiveCache: ReadonlyMap<FormatId, readonly Distinctive[]> | undefined;
let allFormsCache: ReadonlyMap<FormatId, ReadonlySet<string>> | undefined;

function formsOf(format: FormatId): Set<string> {
  const out = new Set<string>();
  for (const text of tableRows(getTemplate(format)).texts)
    for (const form of labelForms(text)) out.add(form);
  return out;
}

function distinctiveLabels(): {
  distinctive: ReadonlyMap<FormatId, readonly Distinctive[]>;
  all: ReadonlyMap<FormatId, ReadonlySet<string>>;
} {
  if (!distinctiveCache || !allFormsCache) {
    const all = new Map(FORMAT_IDS.map((f) => [f, formsOf(f)]));
    const distinctive = new Map<FormatId, Distinctive[]>();
    for (const format of FORMAT_IDS) {
      const others = FORMAT_IDS.filter((f) => f !== format).map((f) => all.get(f)!);
      const seen = new Set<string>();
      const list: Distinctive[] = [];
      for (const label of tableRows(getTemplate(format)).texts) {
        const forms = labelForms(label).filter(
          (form) => form.length >= MIN_FORM_LENGTH && others.every((o) => !o.has(form)),
        );
        if (forms.length === 0 || seen.has(forms[0]!)) continue;
        seen.add(forms[0]!);
        list.push({ label, forms });
      }
      distinctive.set(format, list);
    }
    distinctiveCache = distinctive;
    allFormsCache = all;
  }
  return { distinctive: distinctiveCache, all: allFormsCache };
}

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n++;
  return n;
}

/**
 * Votes for each format from the compacted text of the tables, best first.
 * @example voteFormats(compact('信息内容 本年制发件数 本年废止件数'))[0].format // '2021'
 */
export function voteFormats(compactText: string): FormatVote[] {
  const { distinctive, all } = distinctiveLabels();
  const votes = FORMAT_IDS.map((format): FormatVote => {
    const longerElsewhere = FORMAT_IDS.filter((f) => f !== format).flatMap((f) => [...all.get(f)!]);
    const evidence: string[] = [];
    for (const { label, forms } of distinctive.get(format)!) {
      const present = forms.some((form) => {
        const containing = longerElsewhere.filter((o) => o !== form && o.includes(form));
        const own = occurrences(compactText, form);
        const inLonger = containing.reduce((n, o) => n + occurrences(compactText, o), 0);
        return own - inLonger > 0;
      });
      if (present) evidence.push(label);
    }
    return { format, score: evidence.length, evidence };
  });
  return votes.sort((a, b) => b.score - a.score);
}
