/** A small argument parser with Chinese messages (node:util parseArgs only speaks English). */

export interface OptionSpec {
  /** Canonical long name, without dashes: `previous` for `--previous`. */
  readonly name: string;
  /** One-letter alias, without the dash: `o` for `-o`. */
  readonly short?: string;
  /** What the value is called in messages; a flag (no value) when absent. */
  readonly value?: string;
}

export type ParsedArgs =
  | {
      readonly ok: true;
      readonly positionals: readonly string[];
      readonly values: ReadonlyMap<string, string>;
      readonly flags: ReadonlySet<string>;
    }
  | { readonly ok: false; readonly message: string };

const looksLikeOption = (token: string): boolean => token.startsWith('-') && token !== '-';

/**
 * Splits a command's arguments into file names, option values and flags. Accepts `--name value`,
 * `--name=value`, `-o value`, and `--` to end the options (for a file whose name starts with "-").
 * @example parseArgs(['a.json', '--to', 'json'], [{ name: 'to', value: '格式' }]) // positionals ['a.json'], values to → json
 */
export function parseArgs(tokens: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const positionals: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === '--') {
      positionals.push(...tokens.slice(i + 1));
      break;
    }
    if (!looksLikeOption(token)) {
      positionals.push(token);
      continue;
    }
    const [written, inline] = splitInlineValue(token);
    const spec = specs.find((s) =>
      written.startsWith('--')
        ? `--${s.name}` === written
        : s.short !== undefined && `-${s.short}` === written,
    );
    if (!spec) return { ok: false, message: `不认识的选项：${token}` };
    if (spec.value === undefined) {
      if (inline !== undefined) return { ok: false, message: `选项 ${written} 后面不用写值` };
      flags.add(spec.name);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = tokens[i + 1];
      if (next !== undefined && !looksLikeOption(next)) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === '')
      return { ok: false, message: `选项 ${written} 后面缺少${spec.value}` };
    if (values.has(spec.name)) return { ok: false, message: `选项 ${written} 只能写一次` };
    values.set(spec.name, value);
  }
  return { ok: true, positionals, values, flags };
}

function splitInlineValue(token: string): [string, string | undefined] {
  if (!token.startsWith('--')) return [token, undefined];
  const at = token.indexOf('=');
  return at < 0 ? [token, undefined] : [token.slice(0, at), token.slice(at + 1)];
}
