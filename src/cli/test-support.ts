/** Shared by the command-line tests: the seed fixtures, temporary files and an io that captures output. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CliIo } from './cli-io.ts';
import { createNodeIo } from './node-io.ts';
import { runCli } from './run-cli.ts';

export const SEEDS = path.resolve(process.cwd(), '../shared/fixtures/seeds/');
export const seedPath = (name: 'mfa-2024' | 'mfa-2020'): string =>
  path.join(SEEDS, `${name}.expected.json`);

export type Tree = Record<string, unknown>;
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A fresh copy of a seed's expected JSON, to modify. */
export async function loadSeed(name: 'mfa-2024' | 'mfa-2020'): Promise<Tree> {
  const value: unknown = JSON.parse(await readFile(seedPath(name), 'utf8'));
  if (!isTree(value)) throw new Error(`${name} is not a JSON object`);
  return value;
}

/** Sets a value by dotted path in place (the path must exist), and returns the tree. */
export function setPath(tree: Tree, dotted: string, value: unknown): Tree {
  const keys = dotted.split('.');
  let node: unknown = tree;
  for (const key of keys.slice(0, -1)) node = isTree(node) ? node[key] : undefined;
  const last = keys[keys.length - 1]!;
  if (!isTree(node) || !Object.hasOwn(node, last)) throw new Error(`no ${dotted} in the fixture`);
  node[last] = value;
  return tree;
}

export function getPath(tree: unknown, dotted: string): unknown {
  return dotted
    .split('.')
    .reduce<unknown>((node, key) => (isTree(node) ? node[key] : undefined), tree);
}

/** The parts of a report ../shared/fixtures/README.md says to compare, narrative without whitespace. */
export function comparable(report: unknown): Tree {
  const narrative = getPath(report, 'narrative') as Record<string, string>;
  const pick = (key: string): unknown => getPath(report, key);
  return {
    format: pick('format'),
    year: pick('year'),
    agency: pick('agency'),
    active: pick('active'),
    requests: pick('requests'),
    reviews: pick('reviews'),
    narrative: Object.fromEntries(
      Object.entries(narrative).map(([key, text]) => [key, text.replace(/\s+/g, '')]),
    ),
  };
}

/** A temporary folder for one test file; remove it in afterAll. */
export async function makeTempDir(): Promise<{
  dir: string;
  write(name: string, content: string | Uint8Array | Tree): Promise<string>;
  cleanup(): Promise<void>;
}> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'xxgk-cli-'));
  return {
    dir,
    async write(name, content) {
      const file = path.join(dir, name);
      await writeFile(
        file,
        typeof content === 'string' || content instanceof Uint8Array
          ? content
          : JSON.stringify(content, null, 2),
      );
      return file;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process on the real file system, capturing its output. */
export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    ...createNodeIo(),
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** The non-empty lines of some output. */
export const linesOf = (text: string): string[] => text.split('\n').filter((l) => l !== '');

/** Chinese characters: every message to the user is in Chinese. */
export const CHINESE = /[\u4e00-\u9fff]/;
