import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideExpiry } from '../../../src/core/aws/expiry.ts';
import { PROACTIVE_LOGIN_INTERVAL_MS, planProactiveLogin, type LoginRecord, type ProactiveInput } from '../../../src/core/login/proactive-plan.ts';

const NOW = Date.UTC(2026, 10, 24, 10, 0, 0);
const MIN = 60_000;

function input(remainingMin: number | null, over: Partial<ProactiveInput> = {}): ProactiveInput {
  const expiresAt = remainingMin === null ? null : NOW + remainingMin * MIN;
  const autoLoginCmd = over.autoLoginCmd ?? 'saml2aws login --force';
  const autoLoginMinutes = over.autoLoginMinutes ?? 30;
  return {
    now: NOW,
    decision: decideExpiry({ now: NOW, expiresAt, warnMinutes: 30, autoLoginMinutes, hasAutoLogin: autoLoginCmd.trim() !== '' }),
    expiresAt,
    stsValid: null,
    autoLoginCmd,
    autoLoginMinutes,
    lastProactiveLoginAt: undefined,
    lastLogin: null,
    lockHeldSince: null,
    ...over,
  };
}

test('planProactiveLogin', async (t) => {
  const cases: Array<[string, ProactiveInput, string]> = [
    ['no autoLoginCmd: off', input(10, { autoLoginCmd: '  ' }), 'off'],
    ['autoLoginMinutes 0: off, even when expired', input(-5, { autoLoginMinutes: 0 }), 'off'],
    ['healthy: idle', input(240), 'idle'],
    ['inside the window: start', input(25), 'start'],
    ['already expired: start', input(-3), 'start'],
    ['unknown expiry, STS unknown: idle', input(null), 'idle'],
    ['unknown expiry, STS accepted: idle', input(null, { stsValid: true }), 'idle'],
    ['unknown expiry, STS refused: start', input(null, { stsValid: false }), 'start'],
    ['lock held: running', input(25, { lockHeldSince: NOW - 40_000 }), 'running'],
    ['started 2 min ago: waiting', input(25, { lastProactiveLoginAt: NOW - 2 * MIN }), 'waiting'],
    ['started 5 min ago: start again', input(25, { lastProactiveLoginAt: NOW - PROACTIVE_LOGIN_INTERVAL_MS }), 'start'],
    ['a start time in the future (clock stepped back) does not block', input(25, { lastProactiveLoginAt: NOW + 60 * MIN }), 'start'],
  ];
  for (const [name, i, want] of cases) await t.test(name, () => assert.equal(planProactiveLogin(i).kind, want));

  await t.test('waiting says when the next try is', () => {
    assert.deepEqual(planProactiveLogin(input(25, { lastProactiveLoginAt: NOW - 2 * MIN })), {
      kind: 'waiting',
      startedAt: NOW - 2 * MIN,
      nextAt: NOW + 3 * MIN,
    });
  });
});

test('planProactiveLogin: sessions shorter than the window do not loop', async (t) => {
  // A 60-minute session with autoLoginMinutes 120: right after our login the expiry is already inside the window.
  // Our login ended (60 - remaining) minutes ago and wrote credentials that live 60 minutes.
  const fresh = (remainingMin: number) => ({
    endedAt: NOW - (60 - remainingMin) * MIN,
    exitCode: 0,
    timedOut: false,
    expiresBefore: NOW - 100 * MIN,
    expiresAfter: NOW + remainingMin * MIN,
  });
  await t.test('less than half the fresh session used: idle', () => {
    assert.equal(planProactiveLogin(input(50, { autoLoginMinutes: 120, lastLogin: fresh(50) })).kind, 'idle');
  });
  await t.test('more than half used: start', () => {
    assert.equal(planProactiveLogin(input(25, { autoLoginMinutes: 120, lastLogin: fresh(25) })).kind, 'start');
  });
  await t.test('credentials on disk are not the ones our login produced: start', () => {
    assert.equal(planProactiveLogin(input(50, { autoLoginMinutes: 120, lastLogin: { ...fresh(50), expiresAfter: NOW + 999 * MIN } })).kind, 'start');
  });
  await t.test('the login did not move the expiry: not "fresh", retry', () => {
    const l = { ...fresh(50), expiresBefore: NOW + 50 * MIN, expiresAfter: NOW + 50 * MIN };
    assert.equal(planProactiveLogin(input(50, { autoLoginMinutes: 120, lastLogin: l })).kind, 'start');
  });
});

test('planProactiveLogin: a login that just failed (any trigger) is not retried at once', () => {
  const failedAt = (agoMs: number, over: Partial<LoginRecord> = {}): LoginRecord => ({
    endedAt: NOW - agoMs,
    exitCode: 1,
    timedOut: false,
    expiresBefore: null,
    expiresAfter: null,
    ...over,
  });
  const expired = (lastLogin: LoginRecord) => planProactiveLogin(input(-5, { lastLogin }));
  assert.deepEqual(expired(failedAt(2_000)), { kind: 'waiting', startedAt: NOW - 2_000, nextAt: NOW - 2_000 + 15_000 });
  assert.equal(expired(failedAt(2_000, { exitCode: 0, timedOut: true })).kind, 'waiting');
  assert.equal(expired(failedAt(20_000)).kind, 'start');
  assert.equal(expired(failedAt(2_000, { exitCode: 0 })).kind, 'start');
});
