/**
 * Gzip size of the JavaScript a first visit loads: the <script type="module" src> and
 * <link rel="modulepreload"> files of dist/index.html, plus any chunk those import statically
 * (followed transitively, in case a static import was not listed as a modulepreload). Every other
 * .js file in dist/ is a lazy chunk (dynamic import()) and is listed separately.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';

export interface FileSize {
  /** Path relative to dist/. */
  readonly file: string;
  readonly raw: number;
  /** zlib default level (6), what a web server typically sends. */
  readonly gzip: number;
  readonly gzip9: number;
}

export interface InitialJs {
  readonly initial: readonly FileSize[];
  readonly lazy: readonly FileSize[];
  readonly total: { readonly raw: number; readonly gzip: number; readonly gzip9: number };
}

function sizeOf(dist: string, file: string): FileSize {
  const bytes = readFileSync(path.join(dist, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes).length,
    gzip9: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length,
  };
}

/** dist-relative path of a URL found in `fromFile` (also dist-relative). */
function resolveIn(fromFile: string, url: string): string | null {
  if (/^[a-z]+:|^\/\//i.test(url)) return null;
  const clean = url.split(/[?#]/)[0]!;
  const resolved = clean.startsWith('/')
    ? clean.slice(1)
    : path.posix.join(path.posix.dirname(fromFile), clean);
  return path.posix.normalize(resolved);
}

function listJs(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return listJs(path.join(dir, entry.name), rel);
    return /\.m?js$/.test(entry.name) ? [rel] : [];
  });
}

export function measureInitialJs(dist: string): InitialJs {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entries = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isModuleScript = /^<script/i.test(tag) && /\btype\s*=\s*["']?module\b/i.test(tag);
    const isPreload = /^<link/i.test(tag) && /\brel\s*=\s*["']?modulepreload\b/i.test(tag);
    if (!isModuleScript && !isPreload) continue;
    const url = /\b(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    const file = url ? resolveIn('index.html', url) : null;
    if (file) entries.add(file);
  }
  if (entries.size === 0)
    throw new Error('bench: dist/index.html has no <script type="module" src>');

  const allJs = new Set(listJs(dist));
  // Static imports only: `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"` (not `import(`).
  const staticImport =
    /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const code = readFileSync(path.join(dist, file), 'utf8');
    for (const [, spec] of code.matchAll(staticImport)) {
      const dep = resolveIn(file, spec!);
      if (dep && allJs.has(dep) && !entries.has(dep)) {
        entries.add(dep);
        queue.push(dep);
      }
    }
  }

  const initial = [...entries].map((f) => sizeOf(dist, f));
  const lazy = [...allJs].filter((f) => !entries.has(f)).map((f) => sizeOf(dist, f));
  const total = initial.reduce(
    (t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, gzip9: t.gzip9 + s.gzip9 }),
    { raw: 0, gzip: 0, gzip9: 0 },
  );
  return { initial, lazy, total };
}
