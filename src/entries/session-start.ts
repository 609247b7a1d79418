// SessionStart hook (hooks/hooks.json): after a plugin update, settings.json still points at the old version's
// directory, which Claude Code deletes 14 days later — silently disabling recovery. When a pointer is stale this
// re-points it at this version and says so once; when all is well it reads one file and writes nothing.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCacheDir } from '../core/plugin-dir.ts';
import { isStale } from '../core/wiring.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { processPaths } from '../io/paths.ts';
import { checkWiring } from '../io/wiring-check.ts';
import { VERSION } from '../version.ts';

const onBedrock = (v: string | undefined) => ['1', 'true', 'yes', 'on'].includes((v ?? '').trim().toLowerCase());

// Claude Code starts watching settings.json only while SessionStart hooks run, and ignores changes made before
// (measured on 2.1.197: our write landed 100 ms before "Watching for changes"). Without a later change the running
// session keeps the old paths. So after a heal a detached copy of us rewrites the same bytes, twice, later.
const NUDGE_FLAG = '--nudge-settings';
const NUDGE_AFTER_MS = [1_500, 5_000];

async function main(): Promise<string> {
  const root = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
  const paths = processPaths();
  if (process.argv.includes(NUDGE_FLAG)) return nudge(paths.claudeSettings);
  const report = checkWiring(paths, root, process.platform);
  if (report.ownOrphaned || report.settings.state === 'invalid') return '';
  const stale = report.wires.filter((w) => isStale(w.state));
  if (stale.length) {
    const { healSettings } = await import('../io/setup.ts');
    const { describeHeal } = await import('../core/heal-message.ts');
    const r = healSettings({ paths, root, platform: process.platform, now: new Date(), keys: stale.map((w) => w.wire.key) });
    if (r && !('error' in r)) startNudge();
    // The folder's name is the version Claude Code installed (or its commit for a git source without one).
    return r ? message(describeHeal(r, parseCacheDir(root)?.version ?? VERSION, stale)) : '';
  }
  const wired = report.wires.some((w) => w.wire.key !== 'statusLine' && w.wire.ref !== null);
  if (wired || !onBedrock(process.env.CLAUDE_CODE_USE_BEDROCK)) return '';
  return setupHintOnce(paths.stateDir, root);
}

/** Not wired at all: say how, once per version (a marker in our state folder), not at every session. */
function setupHintOnce(stateDir: string, root: string): string {
  const marker = join(stateDir, 'setup-hint-shown');
  try {
    if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === VERSION) return '';
  } catch {
    return '';
  }
  try {
    writeFileAtomic(marker, `${VERSION}\n`);
  } catch {
    /* shown again next time: harmless */
  }
  return message(
    `cc-aws-keepalive is installed but Claude Code is not wired to it yet, so expired AWS credentials are not recovered. Run /aws-keepalive setup, or in a terminal: node "${join(root, 'dist', 'install.mjs')}"`,
  );
}

function startNudge(): void {
  try {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), NUDGE_FLAG], { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    /* the next settings change, or the next session, picks the new paths up */
  }
}

async function nudge(settingsFile: string): Promise<string> {
  const { touchTextFile } = await import('../io/claude-settings-file.ts');
  for (const ms of NUDGE_AFTER_MS) {
    await sleep(ms);
    touchTextFile(settingsFile);
  }
  return '';
}

const message = (text: string) => `${JSON.stringify({ systemMessage: text })}\n`;

main().then(
  (out) => {
    if (out) process.stdout.write(out);
  },
  // A session must start whatever happens here; the next session tries again.
  () => undefined,
);
