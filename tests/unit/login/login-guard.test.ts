// Why a login failed (core/login/login-failure.ts) and whether another may run (core/login/login-guard.ts), on a
// fake clock: the backoff schedule, the hourly ceiling, "once" per expiry, and what counts as the user acting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyLogin, meaningfulLine, type LoginFacts } from '../../../src/core/login/login-failure.ts';
import {
  BACKOFF_MS,
  FAILURE_WINDOW_MS,
  MAX_FAILED_SIGN_INS,
  backgroundGate,
  backgroundMode,
  guardSummary,
  noteFailure,
  noteStart,
  noteSuccess,
  refreshGate,
  userActed,
  type LoginGuard,
} from '../../../src/core/login/login-guard.ts';
import { findPreset, presetOf } from '../../../src/core/login/login-presets.ts';
import { parseState } from '../../../src/io/system/state-file.ts';

const T0 = Date.UTC(2026, 0, 1, 12);
const MIN = 60_000;
const facts = (f: Partial<LoginFacts>): LoginFacts => ({ exitCode: 1, timedOut: false, spawnError: null, tail: [], challenge: null, ...f });

test('classify: the kind from exit code, deadline and the tool output; the line is the meaningful one', () => {
  const cases: [Partial<LoginFacts>, string | null][] = [
    [{ exitCode: 0 }, null],
    [{ tail: ['Error authenticating to IdP.: Invalid username or password'] }, 'auth'],
    [{ tail: ['cc-aws-keepalive: the identity provider refused the password stored in the keychain for "dev" (it asked again) — store the current one with: x', 'cc-aws-keepalive: saml2aws failed (exit code 4)'] }, 'auth'],
    [{ tail: ['Your account is locked. Contact your administrator'] }, 'auth'],
    [{ tail: ['AADSTS50126: Error validating credentials'] }, 'auth'],
    [{ tail: ['MFA Number: 42'], timedOut: true, exitCode: null }, 'auth'],
    [{ challenge: 'push', timedOut: true, exitCode: null }, 'auth'],
    [{ tail: ['Attempting to automatically open the SSO authorization page in your default browser.'], challenge: 'browser' }, 'user'],
    [{ tail: ['cc-aws-keepalive: no password for "dev" in the keychain — store it once with: secret-tool store'] }, 'user'],
    [{ tail: ['Password: '], timedOut: true, exitCode: null }, 'user'],
    [{ tail: ['dial tcp: lookup idp.example.com: no such host', 'Error: getaddrinfo ENOTFOUND idp.example.com'] }, 'transient'],
    [{ tail: ['connecting…'], timedOut: true, exitCode: null }, 'transient'],
    // Our expect template's own deadline while an MFA push went unanswered: another try is another push.
    [{ tail: ['cc-aws-keepalive: saml2aws did not finish within 120 s (waiting for MFA approval, or a prompt this script does not know) \u2014 stopped'], exitCode: 124 }, 'auth'],
    [{ tail: ['something odd'], exitCode: 2 }, 'transient'],
    [{ spawnError: 'ENOENT', exitCode: null }, 'user'],
  ];
  for (const [f, want] of cases) assert.equal(classifyLogin(facts(f))?.kind ?? null, want, JSON.stringify(f));
  assert.equal(meaningfulLine(['Password accepted', 'Invalid password for user dev', 'cc-aws-keepalive: saml2aws failed (exit code 1)']), 'Invalid password for user dev');
  // The preset's own words count: aws-azure-login's AADSTS50076 (MFA step) needs the person.
  assert.equal(classifyLogin(facts({ tail: ['AADSTS50076 due to a configuration change'] }), findPreset('aws-azure-login'))?.kind, 'user');
});

test('presetOf: the preset behind an autoLoginCmd, direct or through the expect template; browser presets default to "once"', () => {
  assert.equal(presetOf('aws sso login --profile dev')?.id, 'aws-sso');
  assert.equal(presetOf('/usr/local/bin/aws login --profile dev')?.id, 'aws-login');
  assert.equal(presetOf("/usr/bin/expect -f '/home/me/.config/cc-aws-keepalive/login.exp' dev 140 /usr/bin/saml2aws login --profile dev --skip-prompt --force")?.id, 'saml2aws');
  assert.equal(presetOf('my-login.sh'), null);
  assert.equal(backgroundMode('', presetOf('aws sso login --profile dev')!.challenge), 'once');
  assert.equal(backgroundMode('', presetOf('saml2aws login')!.challenge), 'auto');
  assert.equal(backgroundMode('auto', 'browser'), 'auto');
  assert.equal(backgroundMode('off', null), 'off');
});

const transient = { kind: 'transient' as const, line: 'ECONNRESET' };
const auth = { kind: 'auth' as const, line: 'Invalid password' };
const at = (now: number, mark = 'exp:1', expiresAt: number | null = null) => ({ now, trigger: 'hook', mark, cmd: 'login', expiresAt });

test('backoff after transient failures: 5 → 15 → 45 min, never past the expiry', () => {
  let g: LoginGuard | undefined;
  const gate = (now: number) => backgroundGate(g, { now, mark: 'exp:1', cmd: 'login', mode: 'auto' });
  g = noteFailure(g, transient, at(T0));
  assert.equal(g.last!.nextAt, T0 + BACKOFF_MS[0]);
  assert.deepEqual(gate(T0 + 4 * MIN), { go: false, kind: 'transient', nextAt: T0 + 5 * MIN, why: 'backing off after a temporary failure' });
  assert.equal(gate(T0 + 5 * MIN).go, true);
  g = noteFailure(g, transient, at(T0 + 5 * MIN));
  assert.equal(g.last!.nextAt, T0 + 20 * MIN);
  g = userActed(g); // the ceiling still counts what happened before
  g = noteFailure(g, transient, at(T0 + 20 * MIN));
  assert.equal(g.last!.streak, 1, 'a reset streak starts over at 5 min');
  // Never past the expiry: keys ending in 10 min get their retry 2 min before the end, not in 15.
  const h = noteFailure(noteFailure(undefined, transient, at(T0)), transient, at(T0 + 5 * MIN, 'exp:1', T0 + 15 * MIN));
  assert.equal(h.last!.nextAt, T0 + 13 * MIN);
  assert.equal(BACKOFF_MS.map((m) => m / MIN).join(' → '), '5 → 15 → 45');
});

test(`the ceiling: at most ${MAX_FAILED_SIGN_INS} failed sign-ins an hour, whatever the kind, entry or credentials`, () => {
  let g: LoginGuard | undefined;
  g = noteFailure(g, transient, { ...at(T0, 'exp:1'), trigger: 'hook' });
  g = noteFailure(g, transient, { ...at(T0 + 10 * MIN, 'exp:2'), trigger: 'refresh' });
  g = noteFailure(g, transient, { ...at(T0 + 20 * MIN, 'exp:3'), trigger: 'cli' });
  const fresh = { now: T0 + 30 * MIN, mark: 'exp:4', cmd: 'login' };
  const held = backgroundGate(g, { ...fresh, mode: 'auto' });
  assert.equal(held.go, false);
  assert.equal(!held.go && held.kind, 'ceiling');
  assert.equal(!held.go && held.nextAt, T0 + FAILURE_WINDOW_MS);
  assert.equal(refreshGate(g, fresh).go, false, 'awsAuthRefresh too');
  assert.equal(refreshGate(userActed(g), fresh).go, false, 'the user acting does not lift the ceiling for automatic logins');
  assert.equal(backgroundGate(g, { ...fresh, now: T0 + 60 * MIN, mode: 'auto' }).go, true, 'an hour after the first failure');
  assert.deepEqual(guardSummary(g, fresh), { failure: null, failedLastHour: 3, ceilingUntil: T0 + FAILURE_WINDOW_MS });
  assert.deepEqual(noteSuccess(), { failedAt: [] }, 'a good login resets the count, as the directory does');
});

test('after an auth or needs-you failure: no background try until the user acts; awsAuthRefresh answers at once only after auth', () => {
  for (const f of [auth, { kind: 'user' as const, line: 'open the browser' }]) {
    const g = noteFailure(undefined, f, at(T0));
    const same = { now: T0 + 5 * 60 * MIN, mark: 'exp:1', cmd: 'login' };
    assert.deepEqual(backgroundGate(g, { ...same, mode: 'auto' }), { go: false, kind: f.kind, nextAt: null, why: 'no further background try for these credentials until you act' });
    assert.equal(refreshGate(g, same).go, f.kind !== 'auth', 'the person at a 403 may click the browser tab');
    // The user acts: new keys on disk, a new command (setup), or /aws-keepalive login.
    assert.equal(backgroundGate(g, { ...same, mark: 'exp:2', mode: 'auto' }).go, true, 'credentials changed');
    assert.equal(backgroundGate(g, { ...same, cmd: 'other', mode: 'auto' }).go, true, 'command changed');
    assert.equal(backgroundGate(userActed(g), { ...same, mode: 'auto' }).go, true, '/aws-keepalive login');
  }
  // A transient failure lets awsAuthRefresh run again at once (the user is blocked at a 403).
  assert.equal(refreshGate(noteFailure(undefined, transient, at(T0)), { now: T0 + 1_000, mark: 'exp:1', cmd: 'login' }).go, true);
});

test('"once": one background start per expiry; "off": none', () => {
  let g = noteStart(undefined, 'exp:1');
  assert.equal(backgroundGate(g, { now: T0, mark: 'exp:1', cmd: 'login', mode: 'once' }).go, false);
  assert.equal(backgroundGate(g, { now: T0, mark: 'exp:1', cmd: 'login', mode: 'auto' }).go, true);
  assert.equal(backgroundGate(g, { now: T0, mark: 'exp:2', cmd: 'login', mode: 'once' }).go, true, 'new expiry');
  g = noteStart(g, 'exp:2');
  assert.deepEqual(g.starts, { mark: 'exp:2', count: 1 });
  assert.equal(backgroundGate(undefined, { now: T0, mark: 'exp:1', cmd: 'login', mode: 'off' }).go, false);
});

test("the state file's guard keeps well-typed fields only", () => {
  const guard = (g: unknown) => parseState(JSON.stringify({ guard: g })).guard;
  const g = noteFailure(noteStart(undefined, 'exp:1'), auth, at(T0));
  assert.deepEqual(guard(g), g);
  assert.equal(guard({ failedAt: 'x' }), undefined);
  assert.deepEqual(guard({ failedAt: [1, 'x'], last: { kind: 'weird' } }), { failedAt: [1] });
});

test('after the expiry the backoff keeps its full steps (only an expiry still ahead pulls a retry in)', () => {
  const transient = { kind: 'transient' as const, line: 'Error: getaddrinfo ENOTFOUND idp.example.com' };
  const expiresAt = T0 + 20 * MIN;
  const first = noteFailure(undefined, transient, { now: T0 + 25 * MIN, trigger: 'hook', mark: 'exp:1', cmd: 'login', expiresAt });
  assert.equal(first.last?.nextAt, T0 + 25 * MIN + BACKOFF_MS[0]);
  const second = noteFailure(first, transient, { now: T0 + 30 * MIN, trigger: 'hook', mark: 'exp:1', cmd: 'login', expiresAt });
  assert.equal(second.last?.nextAt, T0 + 30 * MIN + BACKOFF_MS[1]);
  // Before the expiry the retry still lands 2 minutes ahead of it.
  const early = noteFailure(undefined, transient, { now: T0, trigger: 'hook', mark: 'exp:1', cmd: 'login', expiresAt: T0 + 4 * MIN });
  assert.equal(early.last?.nextAt, T0 + 2 * MIN);
});

test('presets: a rejected Okta Verify push is a refused sign-in; an expired device authorization needs the person', () => {
  assert.equal(classifyLogin(facts({ tail: ['Okta Verify push was rejected'] }), findPreset('gimme-aws-creds'))?.kind, 'auth');
  assert.equal(classifyLogin(facts({ tail: ['Error: Token has expired'] }), findPreset('aws-sso'))?.kind, 'user');
});
