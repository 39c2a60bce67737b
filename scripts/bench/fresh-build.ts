/**
 * `npm run bench` measures the production build in dist/. It rebuilds (`npm run build`) when dist/ is
 * missing or older than anything that goes into it; `--build` forces a build, `--no-build` skips it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the build reads: sources, the HTML entry, configs, the lock file. */
const INPUTS = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'vite.single.config.ts',
  'scripts/csp.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Why dist/ must be rebuilt, or null when it is up to date. */
export function staleReason(root: string): string | null {
  const built = path.join(root, 'dist', 'index.html');
  if (!existsSync(built)) return 'dist/index.html is missing';
  const builtAt = statSync(built).mtimeMs;
  const newer = INPUTS.filter((input) => newestMtime(path.join(root, input)) > builtAt);
  return newer.length > 0 ? `changed since the last build: ${newer.join(', ')}` : null;
}

export function ensureBuild(root: string, mode: 'auto' | 'always' | 'never'): void {
  if (mode === 'never') return;
  const reason = mode === 'always' ? 'requested with --build' : staleReason(root);
  if (!reason) {
    console.log('bench: dist/ is up to date with the sources, not rebuilding (--build forces it)');
    return;
  }
  console.log(`bench: building (${reason}) …`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`bench: npm run build failed (exit ${result.status ?? result.signal})`);
}
