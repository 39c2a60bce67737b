/**
 * Durability soak (not run by CI; takes a while): counts what is lost when the browser goes away
 * right after typing, over many runs. Uses the production build in dist/ (run `npm run build`).
 *
 *   npx tsx scripts/durability-soak.ts [--runs=10] [--port=0]   (0: any free port)
 *
 * For a figure typed with Enter, a figure typed without Enter and narrative text: SIGKILL of the
 * whole browser 0, 100, 300 and 1000 ms after the last keystroke (persistent profile, restarted
 * and read back), and an immediate reload, navigation away and tab close; then the single file
 * from file:// killed 0 and 300 ms after. Prints one line per case: lost N of M.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import { killRuns, leaveRuns, SINGLE_FILE_URL, TYPINGS, type Leaving } from '../e2e/durability.ts';

const arg = (name: string, fallback: number): number => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const RUNS = arg('runs', 10);
const PORT = arg('port', 0);
const list = (name: string): string[] | undefined =>
  process.argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.split('=')[1]
    ?.split(',');
/** --delays=0,100 --typings=figure,narrative --parts=kill,leave,file: a part of the soak. */
const KILL_DELAYS = (list('delays') ?? ['0', '100', '300', '1000']).map(Number);
const CHOSEN = TYPINGS.filter((t) => (list('typings') ?? TYPINGS).includes(t));
const PARTS = list('parts') ?? ['kill', 'leave', 'file'];
const LEAVING: readonly Leaving[] = ['reload', 'navigate', 'close'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.mjs': 'text/javascript',
};

/** dist/ served from this process (PORT, or a free port with --port=0): no server shared with a test run. */
async function serve(): Promise<{ url: string; stop: () => void }> {
  const root = path.resolve('dist');
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(root, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}

async function main(): Promise<void> {
  const { url: start, stop } = await serve();
  console.log(
    `durability soak: ${RUNS} runs per case, dist/ on ${start}, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const rows: string[] = [];
  const report = (label: string, lost: string[], total: number) => {
    const line = `${label.padEnd(48)} lost ${lost.length} of ${total}`;
    rows.push(line);
    console.log(line);
    for (const l of lost) console.log(`    ${l}`);
  };
  try {
    if (PARTS.includes('kill'))
      for (const delay of KILL_DELAYS)
        for (const typing of CHOSEN)
          report(
            `${typing}, SIGKILL ${delay} ms after`,
            await killRuns(start, typing, [delay], RUNS),
            RUNS,
          );
    if (PARTS.includes('leave'))
      for (const leaving of LEAVING)
        for (const typing of CHOSEN)
          report(
            `${typing}, ${leaving} at once`,
            await leaveRuns(start, typing, leaving, RUNS),
            RUNS,
          );
    if (PARTS.includes('file'))
      for (const typing of CHOSEN)
        for (const delay of [0, 300])
          report(
            `file:// ${typing}, SIGKILL ${delay} ms after`,
            await killRuns(SINGLE_FILE_URL, typing, [delay], RUNS),
            RUNS,
          );
  } finally {
    stop();
  }
  console.log(
    `\nsummary (load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`,
  );
  for (const r of rows) console.log(r);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
