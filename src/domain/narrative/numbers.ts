/**
 * Numbers in running text as GB/T 15835 and official reports write them: Arabic digits, no
 * thousands separators, 万 for large round figures ("32万件"), money without binary noise,
 * percentages to one decimal. Shared by the drafted paragraphs and the comparison view.
 */

/** Counts from 10万 on that are whole hundreds are written in 万 ("320000" → "32万"). */
const WAN_FROM = 100_000;

/** A count or amount in running text: 83, 32万, 12.5万, 5569.2092. */
export function figureText(n: number): string {
  const abs = Math.abs(n);
  if (Number.isInteger(abs) && abs >= WAN_FROM && abs % 100 === 0)
    return `${n < 0 ? '-' : ''}${plain(abs / 10_000)}万`;
  return plain(n);
}

/** A number without exponent or float noise, up to 6 decimals (万元 are printed to the 分 and below). */
export function plain(n: number): string {
  const rounded = Math.round(n * 1e6) / 1e6;
  if (Number.isInteger(rounded)) return rounded.toFixed(0);
  return rounded.toFixed(6).replace(/0+$/, '');
}

/** An amount in 元, to the 分. */
export function yuanText(n: number): string {
  return plain(Math.round(n * 100) / 100);
}

export interface Change {
  /** This year minus last year, rounded like the figures (money to 6 decimals). */
  readonly delta: number;
  readonly sign: -1 | 0 | 1;
  /** |delta| / last year × 100 to one decimal, as text ("361.1"); null when last year's was 0. */
  readonly percent: string | null;
}

/** The change from last year's figure to this year's. */
export function changeOf(current: number, previous: number): Change {
  const delta = Math.round((current - previous) * 1e6) / 1e6;
  const sign = delta > 0 ? 1 : delta < 0 ? -1 : 0;
  const percent =
    previous === 0 || sign === 0 ? null : ((Math.abs(delta) / Math.abs(previous)) * 100).toFixed(1);
  return { delta, sign, percent };
}
