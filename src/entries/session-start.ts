// SessionStart hook (hooks/hooks.json): re-points settings.json at this version after a plugin update
// (io/self-heal.ts). Prints nothing, or one systemMessage; a session must start whatever happens here.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { processPaths } from '../io/paths.ts';
import { nudgeSettings, selfHeal } from '../io/self-heal.ts';

const NUDGE_FLAG = '--nudge-settings';

async function main(): Promise<string> {
  const paths = processPaths();
  if (process.argv.includes(NUDGE_FLAG)) {
    await nudgeSettings(paths.claudeSettings);
    return '';
  }
  const self = fileURLToPath(import.meta.url);
  return selfHeal({
    env: process.env,
    paths,
    root: fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, ''),
    platform: process.platform,
    // Detached: it outlives this hook by a few seconds, and Claude Code must not wait for it.
    startNudge: () => {
      try {
        const child = spawn(process.execPath, [self, NUDGE_FLAG], { stdio: 'ignore', detached: true, windowsHide: true });
        child.on('error', () => undefined);
        child.unref();
      } catch {
        /* the next settings change, or the next session, picks the new paths up */
      }
    },
  });
}

main().then(
  (out) => {
    if (out) process.stdout.write(out);
  },
  // The next session tries again.
  () => undefined,
);
