/**
 * Generated blocks inside the narrative: a paragraph drafted from the figures, inserted into a
 * section's text, remembered in `report.narrativeBlocks` with the fingerprint of its figures.
 * The text in `narrative` stays plain (exports print it as it is); a block is found again by its
 * exact text. When the figures change the block is stale (已过时) and can be updated in place;
 * once the user edits inside it, it is their text and is never touched again (status 'edited').
 */
import type {
  GeneratedParagraphKind,
  InformationFeeFigures,
  NarrativeBlock,
  Report,
} from '../model/index.ts';
import type { NarrativeKey } from '../templates/index.ts';
import { draftParagraph, type DraftOptions } from './paragraphs.ts';

export type BlockStatus = 'current' | 'stale' | 'edited';

/** Where a block's text is in its section: [start, end) offsets, or undefined when it was edited away. */
export function locateBlock(
  report: Report,
  block: NarrativeBlock,
): { start: number; end: number } | undefined {
  const text = report.narrative?.[block.section] ?? '';
  const start = block.text === '' ? -1 : text.indexOf(block.text);
  return start < 0 ? undefined : { start, end: start + block.text.length };
}

function optionsFor(block: NarrativeBlock, options: DraftOptions): DraftOptions {
  return { ...options, ...(block.fees ? { fees: block.fees } : {}) };
}

/**
 * current: its figures are unchanged; stale: the tables (or last year's report) changed since it
 * was generated; edited: its text is no longer in the section as generated (the user's now).
 */
export function blockStatus(
  report: Report,
  block: NarrativeBlock,
  options: DraftOptions = {},
): BlockStatus {
  if (!locateBlock(report, block)) return 'edited';
  const drafted = draftParagraph(block.kind, report, optionsFor(block, options));
  return drafted.ok && drafted.fingerprint === block.fingerprint ? 'current' : 'stale';
}

/** Whether a block still in the text was made from figures that have changed since (已过时). */
export function isGeneratedBlockStale(
  block: NarrativeBlock,
  report: Report,
  options: DraftOptions = {},
): boolean {
  return blockStatus(report, block, options) === 'stale';
}

/** The report's generated blocks that are stale, for the findings and the editor. */
export function staleBlocks(report: Report, options: DraftOptions = {}): NarrativeBlock[] {
  return (report.narrativeBlocks ?? []).filter((b) => isGeneratedBlockStale(b, report, options));
}

function withSectionText(
  report: Report,
  section: NarrativeKey,
  text: string,
  blocks: NarrativeBlock[],
): Report {
  return {
    ...report,
    narrative: { ...report.narrative, [section]: text },
    narrativeBlocks: blocks,
  };
}

/** Paragraph breaks round an inserted block, so it is a paragraph of its own. */
function joinAt(text: string, at: number, insert: string): { text: string; start: number } {
  const before = text.slice(0, at);
  const after = text.slice(at);
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const trail = after === '' || after.startsWith('\n') ? '' : '\n';
  return { text: `${before}${lead}${insert}${trail}${after}`, start: before.length + lead.length };
}

export type PlaceResult =
  | { readonly ok: true; readonly report: Report; readonly start: number; readonly end: number }
  | { readonly ok: false; readonly reason: string };

/**
 * Puts the drafted paragraph into its section: in place of the generated block of the same kind
 * when that block is still there as generated (unless `mode` is 'insert'), else at `at` (the
 * cursor; the end when absent). The user's text is never changed, only added to; only the newest
 * block of a kind and section is remembered.
 */
export function placeGeneratedParagraph(
  report: Report,
  kind: GeneratedParagraphKind,
  options: DraftOptions & {
    readonly at?: number;
    readonly section?: NarrativeKey;
    /** 'insert': always at `at`, even when a generated block of this kind is there. */
    readonly mode?: 'replaceOrInsert' | 'insert';
  } = {},
): PlaceResult {
  const drafted = draftParagraph(kind, report, options);
  if (!drafted.ok) return { ok: false, reason: drafted.reason };
  const section = options.section ?? drafted.section;
  const blocks = report.narrativeBlocks ?? [];
  const block: NarrativeBlock = {
    section,
    kind,
    text: drafted.text,
    fingerprint: drafted.fingerprint,
    ...(options.fees ? { fees: { ...options.fees } } : {}),
  };
  const existing =
    options.mode === 'insert'
      ? undefined
      : blocks.find((b) => b.section === section && b.kind === kind && locateBlock(report, b));
  const current = report.narrative?.[section] ?? '';
  if (existing) {
    const where = locateBlock(report, existing)!;
    const text = current.slice(0, where.start) + drafted.text + current.slice(where.end);
    return {
      ok: true,
      report: withSectionText(
        report,
        section,
        text,
        blocks.map((b) => (b === existing ? block : b)),
      ),
      start: where.start,
      end: where.start + drafted.text.length,
    };
  }
  const at = Math.max(0, Math.min(options.at ?? current.length, current.length));
  const joined = joinAt(current, at, drafted.text);
  // Blocks of this kind and section that the user has rewritten are theirs now: forget them.
  const kept = blocks.filter((b) => !(b.section === section && b.kind === kind));
  return {
    ok: true,
    report: withSectionText(report, section, joined.text, [...kept, block]),
    start: joined.start,
    end: joined.start + drafted.text.length,
  };
}

/** Re-drafts a stale block in place (一键更新); the report unchanged when it was edited or cannot be drafted. */
export function updateGeneratedBlock(
  report: Report,
  block: NarrativeBlock,
  options: DraftOptions = {},
): Report {
  if (!locateBlock(report, block)) return report;
  const placed = placeGeneratedParagraph(report, block.kind, {
    ...optionsFor(block, options),
    section: block.section,
  });
  return placed.ok ? placed.report : report;
}

/** The fee figures of the last 信息处理费 block, to offer them again. */
export function lastFeeFigures(report: Report): InformationFeeFigures | undefined {
  return [...(report.narrativeBlocks ?? [])].reverse().find((b) => b.fees)?.fees;
}
