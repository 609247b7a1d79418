// SessionStart hook (hooks/hooks.json): re-points settings.json at this version after a plugin update, and says so
// when the profile we export is not Claude Code's own AWS_PROFILE (flows/hooks/session-start.ts). Prints nothing, or one
// systemMessage; a session must start whatever happens here.
import { fileURLToPath } from 'node:url';
import { processPaths } from '../io/system/paths.ts';
import { runSessionStart } from '../flows/hooks/session-start.ts';
import type { RunContext } from '../flows/run-context.ts';

async function main(): Promise<string> {
  const run: RunContext = { now: Date.now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), env: process.env, platform: process.platform, paths: processPaths() };
  return runSessionStart({
    ...run,
    argv: process.argv,
    self: fileURLToPath(import.meta.url),
    root: fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, ''),
    cwd: process.cwd(),
  });
}

main().then(
  (out) => {
    if (out) process.stdout.write(out);
  },
  // The next session tries again.
  () => undefined,
);
