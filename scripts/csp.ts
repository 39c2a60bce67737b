/**
 * Content-Security-Policy for the built app, and the build plugin that writes it.
 *
 * The app never talks to the network: no CDN, no web font, no telemetry. The CSP makes the browser
 * enforce that. It is injected at build time only (`apply: 'build'`), so `npm start` (vite dev,
 * which needs an inline React-refresh preamble and the HMR websocket) is not affected.
 *
 * Two policies:
 * - `server` (dist/index.html, served over http by `vite preview` or any static server): code and
 *   styles come from the page's own origin ('self'), nothing else.
 * - `single-file` (dist/xxgk-nianbao-offline.html, opened from disk): everything is inline, so the
 *   policy has no 'self' at all. Inline <script>/<style> are allowed by their sha256 hashes, which
 *   are computed after inlining and written into the file (no 'unsafe-inline').
 *
 * No 'unsafe-eval' either: zod must run with `z.config({ jitless: true })`, or its (caught) probe
 * `new Function('')` shows up as a CSP violation.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export type CspTarget = 'server' | 'single-file';

/**
 * Replaced in the single file by the hashes of its inline scripts and styles. Shaped like hash
 * sources so that vite-plugin-singlefile's CSP check (which looks for 'sha256-...') does not warn.
 */
const SCRIPT_HASHES = "'sha256-PLACEHOLDER-SCRIPT-HASHES'";
const STYLE_HASHES = "'sha256-PLACEHOLDER-STYLE-HASHES'";

export function cspDirectives(target: CspTarget): string {
  const single = target === 'single-file';
  const directives: Record<string, string> = {
    'default-src': "'none'",
    'script-src': single ? SCRIPT_HASHES : "'self'",
    'style-src': single ? STYLE_HASHES : "'self'",
    // data:/blob: images are produced in the page (e.g. previews); none are fetched from anywhere.
    'img-src': single ? 'data: blob:' : "'self' data: blob:",
    'font-src': single ? 'data:' : "'self' data:",
    // blob:/data: only: reading user files / generated documents; no host of any kind.
    'connect-src': single ? 'blob: data:' : "'self' blob: data:",
    // Workers (e.g. a pdf.js worker): same-origin files, or in the single file inline blob: URLs.
    'worker-src': single ? 'blob:' : "'self' blob:",
    'manifest-src': single ? "'none'" : "'self'",
    'object-src': "'none'",
    'frame-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

function cspMeta(target: CspTarget): string {
  return `<meta http-equiv="Content-Security-Policy" content="${cspDirectives(target)}" />`;
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Top-level inline <script>/<style> elements, in one pass like the HTML parser: a body ends at
 * the first closing tag of its own kind, so "<style>" text inside a script is not taken for one.
 */
function inlineElements(html: string): { tag: string; attrs: string; body: string }[] {
  const re = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
  return [...html.matchAll(re)].map(([, tag, attrs, body]) => ({
    tag: tag.toLowerCase(),
    attrs,
    body,
  }));
}

/** Fills the hash placeholders of the single file's CSP; throws if it is not self-contained. */
export function finishSingleFileHtml(html: string): string {
  const elements = inlineElements(html);
  // Check the markup only, not the inline code (which may well contain such strings).
  const markup = html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2></$1>');
  const external =
    /<script\b[^>]*\bsrc\s*=[^>]*>/i.exec(markup) ??
    /<link\b[^>]*\bhref\s*=\s*(?!["']?data:)[^>]*>/i.exec(markup);
  if (external) {
    throw new Error(`single-file build still references an external file: ${external[0]}`);
  }
  const hashes = (tag: string) => {
    const list = [...new Set(elements.filter((e) => e.tag === tag).map((e) => sha256(e.body)))];
    return list.length ? list.join(' ') : "'none'";
  };
  return html.replace(SCRIPT_HASHES, hashes('script')).replace(STYLE_HASHES, hashes('style'));
}

/**
 * Injects the CSP <meta> (right after <meta charset>) into the built HTML. For `single-file`, after
 * the HTML is written (so after vite-plugin-singlefile has inlined everything), it checks that the
 * build produced exactly that one file and writes the inline hashes into the policy.
 */
export function cspPlugin(target: CspTarget, singleFileName?: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: `xxgk:csp-${target}`,
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = cspMeta(target);
        const charset = /<meta\s+charset=[^>]*>/i;
        return charset.test(html)
          ? html.replace(charset, (m) => `${m}\n    ${meta}`)
          : html.replace(/<head>/i, `<head>\n    ${meta}`);
      },
    },
    writeBundle(_options, bundle) {
      if (target !== 'single-file') return;
      const name = singleFileName ?? '(no file name given)';
      const file = path.resolve(config.root, config.build.outDir, name);
      try {
        const files = Object.keys(bundle);
        if (files.length !== 1 || files[0] !== name) {
          // E.g. a dynamic import that became its own chunk, a worker or an asset not inlined.
          throw new Error(`single-file build must emit exactly ${name}, got: ${files.join(', ')}`);
        }
        writeFileSync(file, finishSingleFileHtml(readFileSync(file, 'utf8')));
      } catch (err) {
        rmSync(file, { force: true }); // never leave a half-made file behind
        this.error(err instanceof Error ? err : String(err));
      }
    },
  };
}
