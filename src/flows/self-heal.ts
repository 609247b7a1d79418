// The SessionStart self-heal behind dist/session-start.cjs. After a plugin update settings.json still points at the
// old version's folder, which Claude Code deletes 14 days later — silently disabling recovery. A stale pointer is
// re-pointed at this version and the user told once; when all is well this reads one file and writes nothing.
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expandHome } from '../core/command-path.ts';
import { parseCacheDir } from '../core/plugin-dir.ts';
import { stripControl } from '../core/text.ts';
import { isStale, type Wire } from '../core/wiring.ts';
import { VERSION } from '../version.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import type { Paths } from '../io/paths.ts';
import { checkWiring } from '../io/wiring-check.ts';
import { isLiveVersion } from '../io/plugin-folders.ts';
import { readOwnText } from '../io/safe-read.ts';

export interface SelfHealInput {
  env: Record<string, string | undefined>;
  paths: Paths;
  /** The plugin folder the hook runs from. */
  root: string;
  platform: NodeJS.Platform;
  /** Starts the detached rewrite (see NUDGE_AFTER_MS) once settings.json was changed. */
  startNudge: () => void;
  now: () => number;
}

const onBedrock = (v: string | undefined) => ['1', 'true', 'yes', 'on'].includes((v ?? '').trim().toLowerCase());

/** The hook's stdout: '' or one `{"systemMessage": …}` line. */
export async function selfHeal(i: SelfHealInput): Promise<string> {
  const report = checkWiring(i.paths, i.root, i.platform);
  // An old session's copy (the update orphaned it) must never drag the pointers back.
  if (report.ownOrphaned || report.settings.state === 'invalid') return '';
  const stale = report.wires.filter((w) => isStale(w.state));
  if (stale.length) {
    const { healSettings } = await import('./setup.ts');
    const { describeHeal } = await import('../core/heal-message.ts');
    const target = healTarget(i.root, stale, i.paths.home);
    const r = healSettings({ paths: i.paths, root: target, platform: i.platform, now: new Date(i.now()), keys: stale.map((w) => w.wire.key) });
    if (r && !('error' in r)) i.startNudge();
    // The folder's name is the version Claude Code installed (or its commit for a git source without one).
    return r ? message(describeHeal(r, parseCacheDir(target)?.version ?? VERSION, stale)) : '';
  }
  const wired = report.wires.some((w) => w.wire.key !== 'statusLine' && w.wire.ref !== null);
  if (wired || !onBedrock(i.env.CLAUDE_CODE_USE_BEDROCK)) return '';
  return setupHintOnce(i.paths.stateDir, i.root);
}

/**
 * Where to point: this folder, when it is Claude Code's plugin cache. A directory marketplace runs hooks from the
 * user's source folder instead; then this version's folder in the cache, next to the stale one, is the right
 * target (the settings were made from the cache), if it is there.
 */
function healTarget(root: string, stale: { wire: Wire }[], home: string): string {
  if (parseCacheDir(root)) return root;
  for (const { wire } of stale) {
    if (!wire.ref || !parseCacheDir(wire.ref.root)) continue;
    const sibling = join(dirname(expandHome(wire.ref.root, home)), VERSION);
    if (isLiveVersion(sibling, 'export-credentials.cjs')) return sibling;
  }
  return root;
}

/** Not wired at all: say how, once per version (a marker in our state folder), not at every session. */
function setupHintOnce(stateDir: string, root: string): string {
  const marker = join(stateDir, 'setup-hint-shown');
  try {
    if (readOwnText(marker)?.trim() === VERSION) return '';
  } catch {
    return '';
  }
  try {
    writeFileAtomic(marker, `${VERSION}\n`);
  } catch {
    /* shown again next time: harmless */
  }
  return message(
    `cc-aws-keepalive is installed but Claude Code is not wired to it yet, so expired AWS credentials are not recovered. Run /aws-keepalive setup, or in a terminal: node "${join(root, 'dist', 'install.cjs')}"`,
  );
}

// Claude Code starts watching settings.json only while SessionStart hooks run, and ignores changes made before
// (measured on 2.1.197: our write landed 100 ms before "Watching for changes"). Without a later change the running
// session keeps the old paths. So after a heal a detached copy of the hook rewrites the same bytes, twice, later.
export const NUDGE_AFTER_MS = [1_500, 5_000];

export async function nudgeSettings(settingsFile: string): Promise<void> {
  const { touchTextFile } = await import('../io/text-file.ts');
  for (const ms of NUDGE_AFTER_MS) {
    await sleep(ms);
    touchTextFile(settingsFile);
  }
}

const message = (text: string) => `${JSON.stringify({ systemMessage: stripControl(text) })}\n`;
