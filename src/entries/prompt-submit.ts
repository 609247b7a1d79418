// UserPromptSubmit hook (hooks/hooks.json): flows/hooks/prompt-hook.ts says what it does. This file turns the process
// (argv, stdin, environment, clock) into that flow's inputs and prints its answer. Always exits 0 and never blocks a
// prompt meant for the model (a blocked prompt is discarded by Claude Code).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promptHook } from '../flows/hooks/prompt-hook.ts';
import type { RunContext } from '../flows/run-context.ts';
import { processPaths } from '../io/system/paths.ts';
import { readStdin, writeStdout } from '../io/system/stdin.ts';

const STS_PROBE_FLAG = '--sts-probe';

async function main(): Promise<string> {
  const run: RunContext = { now: Date.now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), env: process.env, platform: process.platform, paths: processPaths() };
  // This bundle started again in the background, to ask STS about keys whose expiry is unknown.
  if (process.argv.includes(STS_PROBE_FLAG)) {
    const { runProbe } = await import('../flows/aws/sts-background.ts');
    await runProbe(process.argv, run.env, run.paths);
    return '';
  }
  return promptHook({
    ...run,
    stdin: await readStdin(1_000),
    // Our own path goes through URL parsing: only when a probe may start.
    probeCommand: () => [fileURLToPath(import.meta.url), STS_PROBE_FLAG],
    slashCommand: (prompt, cwd) => {
      // The bundle next to ours, loaded at run time (a literal import would be inlined into this hot bundle).
      const { handleSlashCommand } = createRequire(import.meta.url)('./cli.cjs') as typeof import('../flows/cli/slash-command.ts');
      const root = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
      return handleSlashCommand(prompt, { ...run, root, cwd: cwd ?? process.cwd(), nodeVersion: process.versions.node });
    },
  });
}

main().then(
  (out) => {
    writeStdout(out);
    process.exit(0);
  },
  (err: unknown) => {
    // Never break the prompt: one line on screen, no stack trace, exit 0.
    const msg = `cc-aws-keepalive: unexpected error in the prompt hook: ${err instanceof Error ? err.message : String(err)}`;
    writeStdout(`${JSON.stringify({ systemMessage: msg })}\n`);
    process.exit(0);
  },
);
