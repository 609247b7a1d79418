// The SessionStart hook's use case (dist/session-start.cjs): re-point settings.json after a plugin update
// (self-heal.ts), add the profile note (session-start-note.ts); or, run as the detached `--nudge-settings` copy,
// rewrite settings.json's bytes later so the running session sees the heal.
import { startDetachedNode } from '../../io/system/detached.ts';
import type { RunContext } from '../run-context.ts';
import { nudgeSettings, selfHeal, selfHealIo, touchSettings } from '../settings/self-heal.ts';
import { withProfileNote } from './session-start-note.ts';

const NUDGE_FLAG = '--nudge-settings';

export interface SessionStartInput extends RunContext {
  argv: readonly string[];
  /** This hook's own bundle (started again, detached, as the nudge). */
  self: string;
  /** The plugin folder the hook runs from. */
  root: string;
  cwd: string;
}

/** The hook's stdout: '' or one JSON line. */
export async function runSessionStart(i: SessionStartInput): Promise<string> {
  if (i.argv.includes(NUDGE_FLAG)) {
    await nudgeSettings({ sleep: i.sleep, touch: touchSettings(i.paths.claudeSettings) });
    return '';
  }
  // Detached: it outlives this hook by a few seconds, and Claude Code must not wait for it. Not started: the next
  // settings change, or the next session, picks the new paths up.
  const startNudge = () => void startDetachedNode([i.self, NUDGE_FLAG], i.env);
  const heal = await selfHeal({ env: i.env, paths: i.paths, root: i.root, now: i.now, io: selfHealIo(i.paths, i.root, i.platform, startNudge) });
  // Claude Code runs hooks in the project folder and names it in CLAUDE_PROJECT_DIR.
  return withProfileNote(heal, i.env, i.paths, i.env.CLAUDE_PROJECT_DIR || i.cwd);
}
