/** The real file system and process streams, for `main.ts` and the real-process tests. */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import type { CliIo } from './cli-io.ts';

/**
 * Writes through a temporary file in the same folder, then renames it over the target, so an
 * interrupted export never leaves half a report behind.
 */
async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

export function createNodeIo(): CliIo {
  return {
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: writeFileAtomically,
    makeDirectory: async (path) => void (await mkdir(path, { recursive: true })),
    fileSize: async (path) => {
      const info = await stat(path);
      // A folder has no meaningful size: let readFile report EISDIR.
      return info.isFile() ? info.size : 0;
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}
