import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  afterProbe,
  diskState,
  firstStep,
  loginTimeoutMs,
  makeBudget,
  manualMessage,
  refreshedMessage,
  RUN_BUDGET_MS,
  waitingMessage,
  waitStep,
  type LoginOutcome,
} from '../../../src/core/login/refresh-plan.ts';
import type { ProfileCredentials } from '../../../src/core/aws/credentials.ts';

const NOW = 1_700_000_000_000;
const creds = (expiresAt: number | null): { ok: true; value: ProfileCredentials } => ({
  ok: true,
  value: { accessKeyId: 'A', secretAccessKey: 'S', sessionToken: 'T', expiry: { expiresAt, source: { kind: 'none' }, reason: 'r' } },
});
const missing = { ok: false as const, error: { code: 'CREDS_MISSING' as const, message: '/h/.aws/credentials does not exist', hint: '' } };
const login = (over: Partial<LoginOutcome> = {}): LoginOutcome => ({ startedAt: NOW - 20_000, endedAt: NOW - 5_000, exitCode: 2, timedOut: false, outputTail: ['denied'], ...over });

test('budget: 170 s by default, env override within 1–170 s, reserve scales', () => {
  assert.deepEqual(makeBudget(NOW, {}), { start: NOW, end: NOW + RUN_BUDGET_MS, reserveMs: 8_000 });
  assert.deepEqual(makeBudget(NOW, { CC_KEEPALIVE_DEADLINE_MS: '4000' }), { start: NOW, end: NOW + 4_000, reserveMs: 400 });
  for (const bad of ['0', '999', '999999', 'soon', '1.5e3x']) assert.equal(makeBudget(NOW, { CC_KEEPALIVE_DEADLINE_MS: bad }).end, NOW + RUN_BUDGET_MS, bad);
});

test('login timeout: the configured seconds, cut so the run still ends in time, never negative', () => {
  const b = makeBudget(NOW, {});
  assert.equal(loginTimeoutMs(b, NOW + 2_000, 150), 150_000);
  assert.equal(loginTimeoutMs(b, NOW + 20_000, 150), 170_000 - 8_000 - 20_000);
  assert.equal(loginTimeoutMs(b, NOW + 2_000, 30), 30_000);
  assert.equal(loginTimeoutMs(b, NOW + 169_000, 150), 0);
  // Whatever happens, login end + reserve ≤ the 170 s budget.
  for (let t = 0; t <= 170_000; t += 7_000) assert.ok(NOW + t + loginTimeoutMs(b, NOW + t, 160) <= b.end - b.reserveMs || loginTimeoutMs(b, NOW + t, 160) === 0);
});

test('disk state: margin of 60 s, unknown expiry, missing file', () => {
  assert.equal(diskState(creds(NOW + 61_000), NOW).kind, 'valid');
  assert.equal(diskState(creds(NOW + 60_000), NOW).kind, 'expired');
  assert.equal(diskState(creds(NOW - 1), NOW).kind, 'expired');
  assert.equal(diskState(creds(null), NOW).kind, 'unknown');
  assert.equal(diskState(missing, NOW).kind, 'missing');
});

const table: Array<[string, Parameters<typeof firstStep>[0], string]> = [
  ['valid → done', { disk: diskState(creds(NOW + 3_600_000), NOW), hasAutoLogin: true, lastLogin: undefined, now: NOW }, 'done'],
  ['unknown expiry → probe', { disk: diskState(creds(null), NOW), hasAutoLogin: false, lastLogin: undefined, now: NOW }, 'probe'],
  ['expired + auto-login → login', { disk: diskState(creds(NOW - 1), NOW), hasAutoLogin: true, lastLogin: undefined, now: NOW }, 'login'],
  ['expired, no auto-login → manual', { disk: diskState(creds(NOW - 1), NOW), hasAutoLogin: false, lastLogin: undefined, now: NOW }, 'manual'],
  ['missing file + auto-login → login', { disk: diskState(missing, NOW), hasAutoLogin: true, lastLogin: undefined, now: NOW }, 'login'],
  ['failed 5 s ago → manual, not again', { disk: diskState(creds(NOW - 1), NOW), hasAutoLogin: true, lastLogin: login(), now: NOW }, 'manual'],
  ['failed 20 s ago → try again', { disk: diskState(creds(NOW - 1), NOW), hasAutoLogin: true, lastLogin: login({ endedAt: NOW - 20_000 }), now: NOW }, 'login'],
  ['succeeded 5 s ago but expired now → login', { disk: diskState(creds(NOW - 1), NOW), hasAutoLogin: true, lastLogin: login({ exitCode: 0 }), now: NOW }, 'login'],
  ['"failed" in the future (clock step) → login', { disk: diskState(creds(NOW - 1), NOW), hasAutoLogin: true, lastLogin: login({ endedAt: NOW + 5_000 }), now: NOW }, 'login'],
];
for (const [name, input, want] of table) test(`first step: ${name}`, () => assert.equal(firstStep(input).do, want));

test('after an STS probe that did not confirm: login or manual', () => {
  const disk = diskState(creds(null), NOW);
  assert.equal(afterProbe({ disk, hasAutoLogin: true, lastLogin: undefined, now: NOW }).do, 'login');
  assert.equal(afterProbe({ disk, hasAutoLogin: false, lastLogin: undefined, now: NOW }).do, 'manual');
});

test('waiting: valid creds, holder still at it, holder failed, holder died, out of time', () => {
  const budget = makeBudget(NOW - 10_000, {});
  const base = { now: NOW, budget, diskValid: false, waitingSince: NOW - 8_000, lastLogin: undefined };
  const held = { state: 'held' as const, holder: null, reason: '' };
  assert.equal(waitStep({ ...base, diskValid: true, lock: held }).do, 'done');
  assert.equal(waitStep({ ...base, lock: held }).do, 'wait');
  const failedStep = waitStep({ ...base, lock: { state: 'free' }, lastLogin: login({ endedAt: NOW - 1_000 }) });
  assert.deepEqual(failedStep, { do: 'holder-failed', why: 'the auto-login in another session failed (exit code 2; last output: denied)' });
  const bg = waitStep({ ...base, lock: { state: 'free' }, lastLogin: login({ endedAt: NOW - 1_000, trigger: 'hook', timedOut: true, exitCode: null }) });
  assert.deepEqual(bg, { do: 'holder-failed', why: 'the background auto-login failed (timed out after 19 s; last output: denied)' });
  const okButStillBad = waitStep({ ...base, lock: { state: 'free' }, lastLogin: login({ endedAt: NOW - 1_000, exitCode: 0 }) });
  assert.equal(okButStillBad.do, 'holder-failed');
  // A login that ended before the one we waited for is old news: the holder died without a record.
  assert.equal(waitStep({ ...base, lock: { state: 'free' }, lastLogin: login({ endedAt: NOW - 9_000 }) }).do, 'acquire');
  assert.equal(waitStep({ ...base, lock: { state: 'stale', holder: null, reason: 'dead' } }).do, 'acquire');
  assert.equal(waitStep({ ...base, now: budget.end - budget.reserveMs, lock: held }).do, 'give-up');
});

test('messages', () => {
  assert.equal(refreshedMessage((3 * 60 + 12) * 60_000 + 5_000), 'Credentials refreshed (valid for 3h12m). Retrying…');
  assert.equal(waitingMessage(1234, 12_300), 'waiting for the login started by another session (pid 1234), 12 s…');
  assert.equal(waitingMessage(1234, 12_300, 'refresh'), 'waiting for the login started by another session (pid 1234), 12 s…');
  assert.equal(waitingMessage(77, 3_000, 'hook'), 'waiting for the auto-login started in the background (pid 77), 3 s…');
  assert.equal(waitingMessage(null, 0), 'waiting for the login started by another session, 0 s…');
  const lines = manualMessage({ profile: 'dev', disk: diskState(creds(NOW - 300_000), NOW), why: 'no autoLoginCmd is configured', loginHint: 'run: saml2aws login' });
  assert.deepEqual(lines, [
    'AWS credentials for profile "dev" expired 5m ago; no autoLoginCmd is configured.',
    'To continue, in another terminal run: saml2aws login — Claude Code retries on your next message.',
  ]);
});
