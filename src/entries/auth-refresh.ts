// awsAuthRefresh: Claude Code runs this after a Bedrock 403 (no stdin, no TTY, killed at 3 minutes, stdout shown
// to the user). Exit 0 only when valid credentials are on disk now; Claude Code then re-reads them and retries.
// `--background`: the proactive login started by the prompt-submit hook (silent).
import { setTimeout as sleep } from 'node:timers/promises';
import { makeBudget } from '../core/login/refresh-plan.ts';
import { processPaths } from '../io/system/paths.ts';
import { runAuthRefresh } from '../flows/login/auth-refresh.ts';
import type { RunContext } from '../flows/run-context.ts';

const PREFIX = 'cc-aws-keepalive: ';

// Node 18 announces on stderr that fetch (our STS probe) is experimental; Claude Code would show that line in its
// authentication box as if something had gone wrong.
const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  if (/fetch api/i.test(typeof warning === 'string' ? warning : warning.message)) return;
  emitWarning(warning, ...rest);
}) as typeof process.emitWarning;

async function main(): Promise<number> {
  const background = process.argv.includes('--background');
  const budget = makeBudget(Date.now(), process.env);
  const out = background ? () => {} : (line: string) => void process.stdout.write(`${line}\n`);

  // Stopped from outside (Claude Code quitting, Ctrl-C in a terminal): kill the login tree, release the lock.
  const stop = new AbortController();
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(sig, () => stop.abort());
  // The budget is enforced inside the flow; this only guards against a bug there outliving Claude Code's limit.
  const watchdog = setTimeout(() => {
    stop.abort();
    setTimeout(() => {
      out(`${PREFIX}awsAuthRefresh ran out of time; log in manually and send your message again.`);
      process.exit(1);
    }, 2_500).unref();
  }, budget.end - Date.now());
  watchdog.unref();

  const run: RunContext = { now: Date.now, sleep, env: process.env, platform: process.platform, paths: processPaths() };
  return runAuthRefresh({ ...run, argv: process.argv, budget, out, signal: stop.signal });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // Last line of defence: one line, no stack trace.
    process.stdout.write(`${PREFIX}unexpected error in awsAuthRefresh: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
