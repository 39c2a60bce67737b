/**
 * A note read back from storage or any other untrusted JSON (the 汇总 page keeps its rows'
 * import notes in the browser): taken only when it is a note of a code this version knows and its
 * sentence can be made from its parameters. A note saved by an older version (a `message` and no
 * `params`) or a newer one (an unknown code) is not one: the caller drops it, it is never shown
 * as a garbled sentence.
 */
import type { Note, NoteCode } from '../../notes/index.ts';
import { NOTE_WORDS } from './note-words.ts';

const SEVERITIES: ReadonlySet<unknown> = new Set(['error', 'warning', 'info']);
const SOURCE_NUMBERS = ['line', 'endLine', 'page'] as const;
const SOURCE_TEXTS = ['path', 'text'] as const;
/** What a sentence shows when a parameter is missing or not what its code needs. */
const GARBLED = /undefined|NaN|\[object/u;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parameters are data: texts, finite numbers, booleans, and lists and records of them. */
function isParamValue(v: unknown): boolean {
  if (typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isParamValue);
  return isRecord(v) && Object.values(v).every(isParamValue);
}

function isSource(v: unknown): boolean {
  if (!isRecord(v)) return false;
  return (
    SOURCE_NUMBERS.every((k) => v[k] === undefined || Number.isInteger(v[k])) &&
    SOURCE_TEXTS.every((k) => v[k] === undefined || typeof v[k] === 'string')
  );
}

const isKnownCode = (code: unknown): code is NoteCode =>
  typeof code === 'string' && Object.hasOwn(NOTE_WORDS, code);

/** The note, or undefined when `value` is no note of a known code with usable parameters. */
export function readNote(value: unknown): Note | undefined {
  if (!isRecord(value)) return undefined;
  const { code, severity, cells, params, source } = value;
  if (!isKnownCode(code) || !SEVERITIES.has(severity)) return undefined;
  if (!Array.isArray(cells) || !cells.every((c) => typeof c === 'string')) return undefined;
  if (!isRecord(params) || !isParamValue(params)) return undefined;
  if (source !== undefined && !isSource(source)) return undefined;
  const candidate = value as unknown as Note;
  try {
    const words = NOTE_WORDS[code] as (p: Note['params']) => unknown;
    const sentence = words(candidate.params);
    if (typeof sentence !== 'string' || sentence === '' || GARBLED.test(sentence)) return undefined;
  } catch {
    return undefined;
  }
  return candidate;
}
