// statusLine (settings.json): flows/status/status-line.ts says what it shows. This file turns the process into that flow's
// inputs and prints the line. Whatever happens, it prints a status line and exits 0: never an error text or a stack
// trace in the bar.
import { statusLine } from '../flows/status/status-line.ts';
import type { RunContext } from '../flows/run-context.ts';
import { processPaths } from '../io/system/paths.ts';
import { readStdin, writeStdout } from '../io/system/stdin.ts';

async function main(): Promise<string> {
  const run: RunContext = { now: Date.now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), env: process.env, platform: process.platform, paths: processPaths() };
  return statusLine({
    ...run,
    stdin: await readStdin(1_000),
    cancelSignal: () => {
      // AbortController is a module load of its own: made only for a user's command.
      const abort = new AbortController();
      process.once('SIGTERM', () => {
        abort.abort();
        process.exit(143);
      });
      return abort.signal;
    },
  });
}

main().then(
  (line) => {
    writeStdout(line ? `${line}\n` : '');
    process.exit(0);
  },
  // A status line has no place for errors: show nothing rather than a stack trace.
  () => process.exit(0),
);
