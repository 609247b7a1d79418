// The only code that reads ~/.aws/credentials. It never writes it: login tools own that file.
import { statSync } from 'node:fs';
import { ok, type Result } from '../../core/errors.ts';
import { credentialsFileRefusal } from '../../core/aws/credentials.ts';
import { parseAwsIni, type AwsIni } from '../../core/aws/aws-ini.ts';
import { currentStamp, readRegularText, type FileStamp } from '../system/safe-read.ts';

// Real credentials files are a few KiB; past this something is wrong and parsing it on every prompt would hurt.
const MAX_CREDENTIALS_BYTES = 4 * 1024 * 1024;

function readOnce(file: string): { ini: Result<AwsIni>; stamp: FileStamp | null; mtimeMs: number } {
  const r = readRegularText(file, MAX_CREDENTIALS_BYTES);
  if ('missing' in r) return { ini: credentialsFileRefusal.missing(file), stamp: null, mtimeMs: 0 };
  if ('problem' in r) return { ini: credentialsFileRefusal.unreadable(r.problem, r.problem.includes('too large')), stamp: null, mtimeMs: 0 };
  return { ini: ok(parseAwsIni(r.text)), stamp: r.stamp, mtimeMs: r.mtimeMs };
}

// What a file caught in the middle of a rewrite looks like (login tools truncate it, then write it).
const MID_WRITE = ['CREDS_MISSING', 'PROFILE_NOT_FOUND', 'KEYS_MISSING', 'NO_SESSION_TOKEN'];
/** How long a read keeps trying while the file is changing under it; a writer takes a few ms. */
const SETTLE_MS = 200;
const SETTLE_STEP_MS = 5;
/** A file written this recently may still be being written. */
const FRESH_WRITE_MS = 1_000;

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Reads the credentials file and picks what the caller needs from it. When that fails the way a half-written file
 * fails, and the file is changing or was written a moment ago (a writer can be preempted between its truncate and
 * its write), it reads again, for up to SETTLE_MS, before reporting: a login in progress must not look like a
 * missing profile. A file that has been stable for a second costs one read.
 */
export function readCredentialsSettled<T>(file: string, pick: (ini: Result<AwsIni>) => Result<T>): Result<T> {
  const until = Date.now() + SETTLE_MS;
  for (;;) {
    const { ini, stamp, mtimeMs } = readOnce(file);
    const r = pick(ini);
    if (r.ok || !MID_WRITE.includes(r.error.code) || Date.now() >= until) return r;
    const after = currentStamp(file);
    // Missing and still missing: there is no writer to wait for.
    if (stamp === null && after === null) return r;
    if (after === stamp && Date.now() - mtimeMs >= FRESH_WRITE_MS) return r;
    sleepSync(SETTLE_STEP_MS);
  }
}

/** The credentials file's size and mtime (the prompt's change test), or null. */
export function credentialsStat(file: string): { size: number; mtimeMs: number } | null {
  try {
    const st = statSync(file);
    return { size: st.size, mtimeMs: st.mtimeMs };
  } catch {
    return null;
  }
}

