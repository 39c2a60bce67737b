/**
 * Durability soak (not run by CI; takes a while): counts what is lost when the browser goes away
 * right after typing, over many runs. Uses the production build in dist/ (run `npm run build`).
 *
 *   npx tsx scripts/durability-soak.ts [--runs=10] [--port=4201]
 *
 * For a figure typed with Enter, a figure typed without Enter and narrative text: SIGKILL of the
 * whole browser 0, 100, 300 and 1000 ms after the last keystroke (persistent profile, restarted
 * and read back), and an immediate reload, navigation away and tab close; then the single file
 * from file:// killed 0 and 300 ms after. Prints one line per case: lost N of M.
 */
import { spawn } from 'node:child_process';
import { killRuns, leaveRuns, SINGLE_FILE_URL, TYPINGS, type Leaving } from '../e2e/durability.ts';

const arg = (name: string, fallback: number): number => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const RUNS = arg('runs', 10);
const PORT = arg('port', Number(process.env.E2E_PORT ?? 4201));
const KILL_DELAYS = [0, 100, 300, 1000];
const LEAVING: readonly Leaving[] = ['reload', 'navigate', 'close'];

async function serve(): Promise<() => void> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://localhost:${PORT}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return () => process.kill(-server.pid!, 'SIGTERM');
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

async function main(): Promise<void> {
  const stop = await serve();
  const start = `http://localhost:${PORT}/`;
  const rows: string[] = [];
  const report = (label: string, lost: string[], total: number) => {
    const line = `${label.padEnd(48)} lost ${lost.length} of ${total}`;
    rows.push(line);
    console.log(line);
    for (const l of lost) console.log(`    ${l}`);
  };
  try {
    for (const delay of KILL_DELAYS)
      for (const typing of TYPINGS)
        report(
          `${typing}, SIGKILL ${delay} ms after`,
          await killRuns(start, typing, [delay], RUNS),
          RUNS,
        );
    for (const leaving of LEAVING)
      for (const typing of TYPINGS)
        report(
          `${typing}, ${leaving} at once`,
          await leaveRuns(start, typing, leaving, RUNS),
          RUNS,
        );
    for (const typing of TYPINGS)
      for (const delay of [0, 300])
        report(
          `file:// ${typing}, SIGKILL ${delay} ms after`,
          await killRuns(SINGLE_FILE_URL, typing, [delay], RUNS),
          RUNS,
        );
  } finally {
    stop();
  }
  console.log('\nsummary');
  for (const r of rows) console.log(r);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
