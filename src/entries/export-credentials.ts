// awsCredentialExport (settings.json): flows/aws/export.ts says what it prints. This file turns the process into that
// flow's inputs, prints its answer and sets the exit code; an error is one line on stderr, never a stack trace.
import { fstatSync } from 'node:fs';
import { exportCredentials } from '../flows/aws/export.ts';
import { processPaths } from '../io/system/paths.ts';
import { writeStdout } from '../io/system/stdin.ts';

// Asked of fd 1 directly: `process.stdout` on Claude Code's pipe would load the whole net and streams stack first.
const toTerminal = (): boolean => {
  try {
    return fstatSync(1).isCharacterDevice();
  } catch {
    return false;
  }
};

let saidOnStderr = false;
exportCredentials({
  env: process.env,
  paths: processPaths(),
  now: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  toTerminal: toTerminal(),
  onStderr: (line) => {
    saidOnStderr = true;
    process.stderr.write(`${line}\n`);
  },
}).then(
  (r) => {
    if (r.code === 0) {
      writeStdout(r.stdout);
      // Done, and everything said was written synchronously: skip Node's orderly teardown (what process.exit saves is
      // a measurable share of a start). Lines sent to process.stderr may still be in flight (a pipe on macOS is
      // asynchronous), so then we let the process end by itself.
      if (!saidOnStderr) process.exit(0);
      return;
    }
    process.stderr.write(`${r.stderr}\n`);
    process.exitCode = r.code;
  },
  (err: unknown) => {
    // Last line of defence: one line, no stack trace.
    process.stderr.write(`cc-aws-keepalive: unexpected error in awsCredentialExport: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
