// SessionStart hook (hooks/hooks.json): re-points settings.json at this version after a plugin update
// (flows/self-heal.ts), and says so when the profile we export is not Claude Code's own AWS_PROFILE. Prints nothing,
// or one systemMessage; a session must start whatever happens here.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { processPaths } from '../io/paths.ts';
import { nudgeSettings, selfHeal } from '../flows/self-heal.ts';
import { withProfileNote } from '../flows/session-start-note.ts';

const NUDGE_FLAG = '--nudge-settings';

async function main(): Promise<string> {
  const paths = processPaths();
  if (process.argv.includes(NUDGE_FLAG)) {
    await nudgeSettings(paths.claudeSettings);
    return '';
  }
  const self = fileURLToPath(import.meta.url);
  const heal = await selfHeal({
    env: process.env,
    paths,
    root: fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, ''),
    platform: process.platform,
    now: Date.now,
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
  return withProfileNote(heal, process.env, paths, process.env.CLAUDE_PROJECT_DIR || process.cwd());
}

main().then(
  (out) => {
    if (out) process.stdout.write(out);
  },
  // The next session tries again.
  () => undefined,
);
