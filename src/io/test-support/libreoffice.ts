/** Test helper: converts documents to PDF with Debian's LibreOffice, as the Word-export checks need. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Writes `<name>.pdf` beside each file in `outDir`, with a private profile so parallel runs (and a desktop LibreOffice) do not clash. */
export async function convertToPdf(files: readonly string[], outDir: string): Promise<void> {
  const profile = `file://${path.join(outDir, 'profile')}`;
  await run(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ],
    {
      timeout: 120_000,
    },
  );
}
