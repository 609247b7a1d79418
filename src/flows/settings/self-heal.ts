// The SessionStart self-heal behind dist/session-start.cjs. After a plugin update settings.json still points at the
// old version's folder, which Claude Code deletes 14 days later — silently disabling recovery. A stale pointer is
// re-pointed at this version and the user told once; when all is well this reads one file and writes nothing.
import { dirname, join } from 'node:path';
import { expandHome } from '../../core/settings/command-path.ts';
import { parseCacheDir } from '../../core/settings/plugin-dir.ts';
import type { Change } from '../../core/settings/settings-plan.ts';
import { stripControl } from '../../core/text.ts';
import { isStale, type Wire, type WiredKey } from '../../core/settings/wiring.ts';
import { VERSION } from '../../version.ts';
import { writeFileAtomic } from '../../io/system/atomic-write.ts';
import type { Paths } from '../../io/system/paths.ts';
import type { RunContext } from '../run-context.ts';
import { checkWiring, type WiringReport } from './wiring-report.ts';
import { isLiveVersion } from '../../io/settings/plugin-folders.ts';
import { readOwnText } from '../../io/system/safe-read.ts';

type HealResult = { changes: Change[]; backup: string | null } | { error: string } | null;

/** What the self-heal reads and writes: io/ (and setup's careful edit) in a real run, fakes in a unit test. */
export interface SelfHealIo {
  /** settings.json and the files it points at. */
  checkWiring(): WiringReport;
  /** Re-points these keys at `root` (flows/settings/setup.ts healSettings); null when nothing needed changing. */
  heal(root: string, keys: WiredKey[], now: () => number): Promise<HealResult>;
  /** `dir` holds our `dist/<script>` and no update replaced it. */
  isLiveVersion(dir: string, script: string): boolean;
  /** The version the setup hint was last shown for (a marker in our state folder); throws when unreadable. */
  readHintMarker(): string | null;
  writeHintMarker(text: string): void;
  /** Starts the detached rewrite (see NUDGE_AFTER_MS) once settings.json was changed. */
  startNudge(): void;
}

export function selfHealIo(paths: Paths, root: string, platform: NodeJS.Platform, startNudge: () => void): SelfHealIo {
  const marker = join(paths.stateDir, 'setup-hint-shown');
  return {
    checkWiring: () => checkWiring(paths, root, platform),
    // Loaded only when something is stale: a healthy session start stays light.
    heal: async (target, keys, now) => (await import('./setup.ts')).healSettings({ paths, root: target, platform, now, keys }),
    isLiveVersion,
    readHintMarker: () => readOwnText(marker),
    writeHintMarker: (text) => writeFileAtomic(marker, text),
    startNudge,
  };
}

export interface SelfHealInput extends Pick<RunContext, 'now' | 'env' | 'paths'> {
  /** The plugin folder the hook runs from. */
  root: string;
  io: SelfHealIo;
}

const onBedrock = (v: string | undefined) => ['1', 'true', 'yes', 'on'].includes((v ?? '').trim().toLowerCase());

/** The hook's stdout: '' or one `{"systemMessage": …}` line. */
export async function selfHeal(i: SelfHealInput): Promise<string> {
  const report = i.io.checkWiring();
  // An old session's copy (the update orphaned it) must never drag the pointers back.
  if (report.ownOrphaned || report.settings.state === 'invalid') return '';
  const stale = report.wires.filter((w) => isStale(w.state));
  if (stale.length) {
    const { describeHeal } = await import('../../core/settings/heal-message.ts');
    const target = healTarget(i, stale);
    const r = await i.io.heal(target, stale.map((w) => w.wire.key), i.now);
    if (r && !('error' in r)) i.io.startNudge();
    // The folder's name is the version Claude Code installed (or its commit for a git source without one).
    return r ? message(describeHeal(r, parseCacheDir(target)?.version ?? VERSION, stale)) : '';
  }
  const wired = report.wires.some((w) => w.wire.key !== 'statusLine' && w.wire.ref !== null);
  if (wired || !onBedrock(i.env.CLAUDE_CODE_USE_BEDROCK)) return '';
  return setupHintOnce(i);
}

/**
 * Where to point: this folder, when it is Claude Code's plugin cache. A directory marketplace runs hooks from the
 * user's source folder instead; then this version's folder in the cache, next to the stale one, is the right
 * target (the settings were made from the cache), if it is there.
 */
function healTarget(i: SelfHealInput, stale: { wire: Wire }[]): string {
  if (parseCacheDir(i.root)) return i.root;
  for (const { wire } of stale) {
    if (!wire.ref || !parseCacheDir(wire.ref.root)) continue;
    const sibling = join(dirname(expandHome(wire.ref.root, i.paths.home)), VERSION);
    if (i.io.isLiveVersion(sibling, 'export-credentials.cjs')) return sibling;
  }
  return i.root;
}

/** Not wired at all: say how, once per version (a marker in our state folder), not at every session. */
async function setupHintOnce(i: SelfHealInput): Promise<string> {
  try {
    if (i.io.readHintMarker()?.trim() === VERSION) return '';
  } catch {
    return '';
  }
  try {
    i.io.writeHintMarker(`${VERSION}\n`);
  } catch {
    /* shown again next time: harmless */
  }
  const { setupHint } = await import('../../core/settings/heal-message.ts');
  return message(setupHint(join(i.root, 'dist', 'install.cjs')));
}

// Claude Code starts watching settings.json only while SessionStart hooks run, and ignores changes made before
// (measured on 2.1.197: our write landed 100 ms before "Watching for changes"). Without a later change the running
// session keeps the old paths. So after a heal a detached copy of the hook rewrites the same bytes, twice, later.
export const NUDGE_AFTER_MS = [1_500, 5_000];

/** The detached copy's work: `touch` rewrites settings.json's bytes (io/system/text-file.ts touchTextFile). */
export async function nudgeSettings(d: Pick<RunContext, 'sleep'> & { touch: () => Promise<void> }): Promise<void> {
  for (const ms of NUDGE_AFTER_MS) {
    await d.sleep(ms);
    await d.touch();
  }
}

/** touchTextFile, loaded when the nudge runs. */
export const touchSettings = (settingsFile: string) => async (): Promise<void> => (await import('../../io/system/text-file.ts')).touchTextFile(settingsFile);

const message = (text: string) => `${JSON.stringify({ systemMessage: stripControl(text) })}\n`;
