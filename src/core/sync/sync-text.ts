// What the user reads about sync: why a target got nothing, how a `command` target ended, the lines of
// `/aws-keepalive sync`, `status` and `doctor`. Built from the facts flows/sync/ gathers; pure.
import type { Check } from '../status/doctor.ts';
import { describeSyncRecord, type SyncRecord, type SyncResult } from './sync-plan.ts';

/** Why a sync run sent nothing to a target, or could not take its lock. */
export const syncRunText = {
  lockFailed: (code: string): string => `cannot take the sync lock (${code})`,
  lockBusy: 'another sync to this target is still running',
  longLived: (profile: string): string => `profile "${profile}" holds long-lived keys (no aws_session_token), which are never synced`,
  nothingToSend: (problem: string): string => `nothing to send: ${problem}`,
  /** `kind`: how the AWS CLI makes the profile's keys (sso, credential_process, …). */
  fromCli: (profile: string, kind: string, credentialsFile: string): string =>
    `profile "${profile}" gets its credentials from the AWS CLI (${kind}); sync sends keys from ${credentialsFile} only`,
  expired: 'the credentials on disk have expired; nothing worth sending until the next login',
};

/** How a `command` target's program ended; `last`: its last output line, shown with the result. */
export function commandOutcome(
  r: { spawnError: string | null; timedOut: boolean; exitCode: number | null },
  timeoutMs: number,
  last: string | undefined,
): { ok: boolean; message: string } {
  const tail = last ? `: ${last}` : '';
  if (r.spawnError) return { ok: false, message: `could not start the command (${r.spawnError})` };
  if (r.timedOut) return { ok: false, message: `the command did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped with its children (timeoutSeconds raises the limit)` };
  if (r.exitCode !== 0) return { ok: false, message: `the command ${r.exitCode === null ? 'was stopped' : `failed (exit code ${r.exitCode})`}${tail}` };
  return { ok: true, message: `delivered to the command (exit 0)${tail}` };
}

const MARK: Record<SyncResult | 'unchanged' | 'busy', string> = { ok: '✓', error: '✗', skipped: '!', unchanged: '✓', busy: '…' };

/** `/aws-keepalive sync`: why it cannot run, and each target's result. */
export const syncCliText = {
  configWarning: (warning: string): string => `cc-aws-keepalive: ${warning}`,
  noTargets: (configFile: string): string => `cc-aws-keepalive: no syncTargets in ${configFile} — see docs/sync.md`,
  notStarted: 'cc-aws-keepalive: could not start the sync run (node did not start)',
  /** A target the detached run had not finished when the slash command had to answer. */
  stillRunning: 'still running — /aws-keepalive status shows the result',
  results: (profile: string, runs: { id: string; result: keyof typeof MARK; message: string }[]): string[] => [
    `Credential sync for profile "${profile}":`,
    ...runs.map((r) => `${MARK[r.result]} ${r.id}: ${r.result === 'unchanged' ? 'already up to date' : r.message}`),
  ],
};

/** `status`: the sync line and each target's last result (`ids` in config order). */
export function syncStatusText(ids: string[], records: Record<string, SyncRecord>, now: number): string[] {
  if (ids.length === 0) return ['  sync         off (no syncTargets in the config)'];
  const width = Math.min(28, Math.max(...ids.map((id) => id.length)) + 2);
  return [
    `  sync         ${ids.length} target(s), after each login and when the credentials change`,
    ...ids.map((id) => `    ${id.padEnd(width)}${describeSyncRecord(records[id], now)}`),
  ];
}

/** A `command` target's program, found on PATH (its path) or not (the word looked for). */
export const programProbe = (found: string | null, word: string): { ok: boolean; message: string } =>
  found ? { ok: true, message: `program found (${found})` } : { ok: false, message: `"${word}" is not on PATH — use the full path of the program` };

/** Doctor's lines for one target: the probe (its message's ` — ` part is the fix) and a failed last sync. */
export function targetChecks(id: string, probe: { ok: boolean; message: string }, last: SyncRecord | undefined): Check[] {
  const [what, fix] = probe.message.split(' — ');
  const out: Check[] = [probe.ok ? { status: 'ok', title: `sync ${id}: ${what}` } : { status: 'fail', title: `sync ${id}: ${what}`, ...(fix ? { fix } : {}) }];
  if (last?.result === 'error') {
    const [lw, lfix] = last.message.split(' — ');
    out.push({ status: 'warn', title: `sync ${id}: the last sync failed: ${lw}`, fix: lfix ?? '/aws-keepalive sync retries it now' });
  }
  return out;
}
