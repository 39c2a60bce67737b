/**
 * The 落款 at the end of a report (GB/T 9704: the agency, the date under it, right-aligned) and
 * the contact lines printed after it (联系电话, 联系地址 …): not text of the last section. They
 * are taken out of it and read into the report's `publication` (the date as YYYY-MM-DD).
 *
 *   …本年度无根据《政府信息公开信息处理费管理办法》收取信息处理费的情况。
 *   外交部                      ← the agency (optional when a date follows)
 *   2025年1月20日               ← the date (optional when the agency is the report's)
 *   联系电话：010-65961114      ← contact (optional, only after a 落款)
 *
 * Only whole lines at the very end count: a date inside a sentence of 六 stays text.
 */
import { chineseNumber } from '../../../domain/index.ts';
import { compact, type SourceLine } from './normalise.ts';
import { isAgencyLine } from './title.ts';

/** A 落款's date: 2025年1月20日, 2025 年 1 月 20 日, 二〇二五年一月二十日. */
export const SIGNATURE_DATE =
  /^(?:(?:19|20)\d{2}|[二〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/u;

/** What a contact line after a bare date opens with. */
const CONTACT =
  /^(?:联系|咨询|受理|办公|通讯|通信|邮政|电子|监督|投诉)?(?:电话|地址|单位|人|方式|邮编|编码|邮箱|信箱|传真|时间|网址)\s*[:：]/u;

/** At most this many lines of contact follow a 落款. */
const MAX_CONTACT_LINES = 6;
/** A contact line is short (an address, a telephone number, an e-mail address). */
const MAX_CONTACT_LINE_LENGTH = 200;

export interface Closing {
  /** The lines of the 落款 and the contact, to be left out of the section's text. */
  readonly lines: ReadonlySet<SourceLine>;
  /** The 落款's date, YYYY-MM-DD (when printed and an actual date). */
  readonly date?: string;
  /** The contact lines after the 落款. */
  readonly contact: readonly SourceLine[];
}

/** "2025", "二〇二五", "20", "二十", "三十一" → the number; undefined when it is none. */
const numberIn = (text: string): number | undefined =>
  /^\d+$/u.test(text) ? Number(text) : chineseNumber(text);

/**
 * A 落款 date as YYYY-MM-DD, or undefined when it names no actual date.
 * @example signatureDate('二〇二五年一月二十日') // '2025-01-20'
 */
export function signatureDate(text: string): string | undefined {
  const bare = text.replace(/\s+/gu, '');
  if (!SIGNATURE_DATE.test(bare)) return undefined;
  const [, y, mo, d] = /^(.{4})年(.+)月(.+)日$/u.exec(bare)!;
  const [year, month, day] = [y!, mo!, d!].map(numberIn);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/**
 * The 落款 (and the contact after it) at the end of `lines`, the text lines of the report's last
 * part. The 落款 is a date line (the agency's name on the line above it, if printed), or the
 * report's own agency on a line of its own; up to six short lines may follow it (the contact).
 */
export function findClosing(lines: readonly SourceLine[], agency: string): Closing | undefined {
  const ownAgency = compact(agency);
  const isOwnAgency = (line: SourceLine): boolean =>
    ownAgency !== '' && compact(line.text) === ownAgency;
  for (
    let end = lines.length - 1;
    end >= Math.max(0, lines.length - 1 - MAX_CONTACT_LINES);
    end--
  ) {
    const line = lines[end]!;
    const contact = lines.slice(end + 1);
    if (contact.some((l) => l.text.length > MAX_CONTACT_LINE_LENGTH)) return undefined;
    const isDate = SIGNATURE_DATE.test(line.text.trim());
    if (!isDate && !isOwnAgency(line)) continue;
    let first = end;
    const above = lines[end - 1];
    if (isDate && above && (isOwnAgency(above) || isAgencyLine(above.text))) first = end - 1;
    // Something must be left of the section: a section of only a date is its text.
    if (first === 0) return undefined;
    // After a bare date, only lines that say they are contact details (a section may end
    // with a dated line, followed by more of its text).
    if (
      first === end &&
      !isOwnAgency(line) &&
      !contact.every((l) => CONTACT.test(l.text.replace(/\s+/gu, '')))
    )
      continue;
    const date = isDate ? signatureDate(line.text) : undefined;
    return {
      lines: new Set(lines.slice(first)),
      ...(date ? { date } : {}),
      contact,
    };
  }
  return undefined;
}
