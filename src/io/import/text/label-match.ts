/**
 * Fuzzy comparison of printed labels with the templates' labels. Both sides are first reduced
 * with `compact` (no spaces, no punctuation or brackets of either width, 其它 → 其他), so what
 * is left to tolerate is what real reports do: labels broken across lines and glued to their
 * neighbours, typos, missing or extra characters, notes in brackets left out.
 */
import { compact } from './normalise.ts';

/** Length of the longest common subsequence of two short strings. */
export function lcsLength(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  let prev = new Uint16Array(short.length + 1);
  let cur = new Uint16Array(short.length + 1);
  for (let i = 1; i <= long.length; i++) {
    const ch = long.charCodeAt(i - 1);
    for (let j = 1; j <= short.length; j++) {
      cur[j] = short.charCodeAt(j - 1) === ch ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[short.length]!;
}

/** 2·LCS / (|a| + |b|): 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a.length + b.length === 0) return 1;
  return (2 * lcsLength(a, b)) / (a.length + b.length);
}

// Labels and record texts recur across comparisons: their pair sets are kept (bounded).
const bigramCache = new Map<string, ReadonlySet<string>>();

function bigrams(s: string): ReadonlySet<string> {
  let out = bigramCache.get(s);
  if (!out) {
    const set = new Set<string>();
    for (let i = 0; i + 1 < s.length; i++) set.add(s.slice(i, i + 2));
    if (bigramCache.size > 5000) bigramCache.clear();
    bigramCache.set(s, (out = set));
  }
  return out;
}

/** Below this share of its characters present at all, a label is not looked at closely. */
const QUICK_REJECT = 0.4;

/**
 * How much of `label` is found in `text` (both compacted), 0–1: the mean of the share of its
 * characters found in order (LCS) and the share of its character pairs found anywhere (which
 * punishes characters picked up one by one from unrelated words).
 * @example coverage('行政规范性文件', '行政规范文件') // ≈ 0.76 (一个字缺失)
 */
export function coverage(label: string, text: string): number {
  if (label.length === 0) return 0;
  // Most comparisons are of unrelated texts: a cheap bound settles them.
  let present = 0;
  for (let i = 0; i < label.length; i++) if (text.includes(label[i]!)) present++;
  if (present < label.length * QUICK_REJECT) return present / label.length / 2;
  const inOrder = lcsLength(label, text) / label.length;
  if (label.length < 2) return inOrder;
  const pairs = bigrams(label);
  const found = bigrams(text);
  let hits = 0;
  for (const p of pairs) if (found.has(p)) hits++;
  return (inOrder + hits / pairs.size) / 2;
}

/**
 * The forms a template label may be printed in, compacted: as is, without its notes in
 * brackets, e.g. "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" → also "二部分公开",
 * and an item without its number, which Word's list numbering draws rather than the text
 * holding it: "3.其他" → also "其他".
 */
export function labelForms(label: string): string[] {
  const forms = [compact(label)];
  for (const variant of [
    label.replace(/[（(][^（）()]*[）)]$/u, ''),
    label.replace(/^\s*\d+\s*[.．、]/u, ''),
  ]) {
    const form = compact(variant);
    if (form && !forms.includes(form)) forms.push(form);
  }
  return forms;
}

/** Labels shorter than this are matched right at the end of the text only. */
const LOOSE_MIN_LENGTH = 4;

/**
 * How well the end of a printed label run (`text`, compacted) matches one of `forms`, 0–1. The
 * label of a row normally comes right before its figures, after whatever else was printed
 * (header cells, group labels, a wrapped previous label): a match in the last few characters
 * scores full, one further back a little less.
 */
export function tailMatch(forms: readonly string[], text: string): number {
  let best = 0;
  for (const form of forms) {
    if (form.length === 0) continue;
    const tight = text.slice(-(form.length + 2));
    best = Math.max(best, coverage(form, tight));
    // A short label (规章, 其他) is found in any longer text: only right at its end.
    if (form.length >= LOOSE_MIN_LENGTH)
      best = Math.max(best, 0.9 * coverage(form, text.slice(-(form.length + 8))));
  }
  return best;
}

/** Like tailMatch, but anywhere in `text`. */
export function anywhereMatch(forms: readonly string[], text: string): number {
  let best = 0;
  for (const form of forms) if (form) best = Math.max(best, coverage(form, text));
  return best;
}
