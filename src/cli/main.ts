/** The `xxgk` command: `npm run -s xxgk -- <command> …` (see usage.ts). */
import { errorCode } from './cli-io.ts';
import { createNodeIo } from './node-io.ts';
import { runCli } from './run-cli.ts';

// `npm run` starts the script in the package folder; file names are relative to where the user typed them.
const startedFrom = process.env.npm_lifecycle_event === 'xxgk' ? process.env.INIT_CWD : undefined;
if (startedFrom) {
  try {
    process.chdir(startedFrom);
  } catch {
    // Stay in the package folder; paths then resolve from there.
  }
}

// `xxgk parse a.json | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (errorCode(error) !== 'EPIPE') throw error;
});

// exitCode, not process.exit(): stdout must be flushed before the process ends.
process.exitCode = await runCli(process.argv.slice(2), createNodeIo());
