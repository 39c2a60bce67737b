/** Test helper: converts documents with Debian's LibreOffice, as the Word-export and import checks need. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** True when `soffice` is on the PATH. */
export function hasSoffice(): boolean {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir !== '' && existsSync(path.join(dir, 'soffice')));
}

/**
 * Writes `<name>.<format>` for each file into `outDir` (`docx`: the document saved again by
 * LibreOffice), with a private profile so parallel runs (and a desktop LibreOffice) do not clash.
 */
export async function convertWithLibreOffice(
  files: readonly string[],
  outDir: string,
  format: 'pdf' | 'docx' | 'xlsx' | 'xls',
): Promise<void> {
  const profile = `file://${path.join(outDir, 'profile')}`;
  await run(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      format,
      '--outdir',
      outDir,
      ...files,
    ],
    {
      timeout: 120_000,
    },
  );
}

/** Writes `<name>.pdf` beside each file in `outDir`. */
export function convertToPdf(files: readonly string[], outDir: string): Promise<void> {
  return convertWithLibreOffice(files, outDir, 'pdf');
}
