// The expiry of what a profile's credential_process last handed to the export, kept (never the keys) in
// `<stateDir>/process-<profile>.json` with a fingerprint of the command, so the status line and prompt hook can
// count down without running the process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Expiry } from '../../core/aws/expiry.ts';
import { expiryReason } from '../../core/aws/aws-config.ts';
import { profileStem } from '../../core/aws/profile.ts';
import { refreshKeyOf } from '../../core/aws/sso-session.ts';
import { writeFileAtomic } from '../system/atomic-write.ts';
import type { Paths } from '../system/paths.ts';

const recordFile = (paths: Pick<Paths, 'stateDir'>, profile: string) => join(paths.stateDir, `process-${profileStem(profile)}.json`);

/** Remembers the expiry of what the export handed over, tied to the command that produced it (never the keys). */
export function recordProcessExpiry(paths: Pick<Paths, 'stateDir'>, profile: string, command: string, expiresAt: number | null, now: number): void {
  try {
    writeFileAtomic(recordFile(paths, profile), `${JSON.stringify({ expiresAt, recordedAt: now, command: refreshKeyOf(command) })}\n`);
  } catch {
    /* a cache: the countdown waits for the next export */
  }
}

/** The countdown for a credential_process profile, from the last export (files only). */
export function processExpiry(paths: Pick<Paths, 'stateDir'>, profile: string, command: string): Expiry {
  try {
    const r = JSON.parse(readFileSync(recordFile(paths, profile), 'utf8')) as { expiresAt?: unknown; recordedAt?: unknown; command?: unknown };
    if (r.command === refreshKeyOf(command) && typeof r.expiresAt === 'number' && Number.isFinite(r.expiresAt)) {
      return { expiresAt: r.expiresAt, source: { kind: 'field', name: 'credential_process Expiration (last export)' }, reason: expiryReason.processLastRun };
    }
  } catch {
    /* not run yet */
  }
  return { expiresAt: null, source: { kind: 'none' }, reason: expiryReason.processNotRun(profile) };
}
