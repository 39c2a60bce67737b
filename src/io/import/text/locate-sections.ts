/**
 * Finding the six section headings (一、总体情况 … 六、其他需要报告的事项) by fuzzy comparison
 * with the template's headings, tolerating the wording real reports use, e.g.
 *   五、存在的主要问题及工作设想 / 五、政府信息公开工作存在的主要问题及改进情况
 *   四、因政府信息公开工作被申请行政复议、提起行政诉讼情况
 *   六、其他事项 / 六、其他报告事项
 * and a heading broken over two lines or followed by text on the same line.
 */
import type { SectionTemplate } from '../../../domain/index.ts';
import { similarity } from './label-match.ts';
import { compact, type SourceLine } from './normalise.ts';

export interface SectionHeading {
  /** Index of the section in the template's list (0 = 一). */
  readonly section: number;
  readonly expected: string;
  /** The heading as printed. */
  readonly printed: string;
  /** Index (into the lines) of the heading's first line. */
  readonly line: number;
  /** Lines the heading occupies (2 when broken over two lines). */
  readonly lineCount: number;
  /** Text printed after the heading on its line (belongs to the section). */
  readonly rest: string;
  readonly similarity: number;
}

const NUMERALS = '一二三四五六七八九十';
const NUMBERED = /^(?:第)?([一二三四五六七八九十])(?:部分)?\s*[、.,:\s]\s*(.*)$/u;
/** Accepted when the printed number is the section's. */
const THRESHOLD = 0.5;
/** Accepted with another number or none (e.g. "## 总体情况"). */
const THRESHOLD_UNNUMBERED = 0.8;
const MAX_HEADING_LENGTH = 40;

interface Candidate {
  readonly section: number;
  readonly line: number;
  readonly lineCount: number;
  readonly printed: string;
  readonly rest: string;
  readonly similarity: number;
  /** similarity, plus a bonus when the printed number is the section's. */
  readonly score: number;
}

/** "一、总体情况" → "总体情况", compacted. */
function headingBody(heading: string): string {
  const m = NUMBERED.exec(heading.trim());
  return compact(m ? m[2]! : heading);
}

/** The ways a line (and maybe the next) can be read as a heading: [printed, body, rest, lines]. */
function readings(lines: readonly SourceLine[], i: number): [string, string, string, number][] {
  const line = lines[i]!;
  const m = NUMBERED.exec(line.text);
  const body = m ? m[2]! : line.text;
  const out: [string, string, string, number][] = [[line.raw, body, '', 1]];
  const space = body.indexOf(' ');
  if (space > 0) {
    // "一、总体情况 2024年，我部……": the heading, then the section's text.
    const rawSpace = line.raw.search(/\s/u);
    out.push([
      line.raw.slice(0, rawSpace).trim(),
      body.slice(0, space),
      line.raw.slice(rawSpace).trim(),
      1,
    ]);
  }
  const next = lines[i + 1];
  if (m && next && next.text.length <= 20 && !NUMBERED.test(next.text) && !/\d/u.test(next.text))
    out.push([line.raw + next.raw, body + next.text, '', 2]);
  return out;
}

/**
 * The section headings found, in order (a section whose heading is missing is left out).
 * `sections` are the template's sections: their headings are the only wording compared with.
 */
export function locateSections(
  lines: readonly SourceLine[],
  sections: readonly SectionTemplate[],
): SectionHeading[] {
  const bodies = sections.map((s) => headingBody(s.heading));
  const candidates: Candidate[] = [];
  lines.forEach((line, i) => {
    if (line.text.length > MAX_HEADING_LENGTH * 4) return;
    const m = NUMBERED.exec(line.text);
    const number = m ? NUMERALS.indexOf(m[1]!) : -1;
    for (const [printed, body, rest, lineCount] of readings(lines, i)) {
      const b = compact(body);
      if (b.length === 0 || b.length > MAX_HEADING_LENGTH) continue;
      bodies.forEach((expected, section) => {
        const score = similarity(b, expected);
        const numbered = number === section;
        if (score >= (numbered ? THRESHOLD : THRESHOLD_UNNUMBERED))
          candidates.push({
            section,
            line: i,
            lineCount,
            printed,
            rest,
            similarity: score,
            score: score + (numbered ? 0.5 : 0),
          });
      });
    }
  });

  // The best increasing chain: headings in document order and in section order.
  candidates.sort((a, b) => a.line - b.line || a.section - b.section);
  const best: number[] = candidates.map((c) => c.score);
  const prev: number[] = candidates.map(() => -1);
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    for (let j = 0; j < k; j++) {
      const p = candidates[j]!;
      if (
        p.line + p.lineCount <= c.line &&
        p.section < c.section &&
        best[j]! + c.score > best[k]!
      ) {
        best[k] = best[j]! + c.score;
        prev[k] = j;
      }
    }
  }
  let end = -1;
  best.forEach((score, k) => {
    if (end < 0 || score > best[end]!) end = k;
  });
  const chain: SectionHeading[] = [];
  for (let k = end; k >= 0; k = prev[k]!) {
    const c = candidates[k]!;
    chain.unshift({
      section: c.section,
      expected: sections[c.section]!.heading,
      printed: c.printed,
      line: c.line,
      lineCount: c.lineCount,
      rest: c.rest,
      similarity: c.similarity,
    });
  }
  return chain;
}
