import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The shared seed fixtures, read where they are (../shared beside the checkout), never copied in. */
export const SEEDS_DIR = path.resolve(process.cwd(), '../shared/fixtures/seeds');

export function seedPath(name: string): string {
  return path.join(SEEDS_DIR, name);
}

export function readSeedJson(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(seedPath(name), 'utf8')) as Record<string, unknown>;
}
