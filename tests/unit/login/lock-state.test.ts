import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideLockState, LOCK_WRITE_GRACE_MS, type LockRecord } from '../../../src/core/login/lock-state.ts';

const NOW = 1_700_000_000_000;
const rec = (over: Partial<LockRecord> = {}): string =>
  JSON.stringify({ pid: 4242, host: 'here', profile: 'dev', startedAt: NOW - 10_000, deadline: NOW + 140_000, nonce: 'n1', ...over });
const alive = () => true;
const dead = () => false;

const cases: Array<[string, Parameters<typeof decideLockState>[0], 'free' | 'held' | 'stale', RegExp?]> = [
  ['no file', { text: null, ageMs: 0, now: NOW, host: 'here', isAlive: alive }, 'free'],
  ['live holder', { text: rec(), ageMs: 10_000, now: NOW, host: 'here', isAlive: alive }, 'held', /pid 4242/],
  ['dead holder', { text: rec(), ageMs: 10_000, now: NOW, host: 'here', isAlive: dead }, 'stale', /no longer running/],
  ['past deadline', { text: rec({ deadline: NOW - 1 }), ageMs: 10_000, now: NOW, host: 'here', isAlive: alive }, 'stale', /past its deadline/],
  ['start time in the future', { text: rec({ startedAt: NOW + 60_000, deadline: NOW + 120_000 }), ageMs: 0, now: NOW, host: 'here', isAlive: alive }, 'stale', /future/],
  ['small clock skew tolerated', { text: rec({ startedAt: NOW + 1_000 }), ageMs: 0, now: NOW, host: 'here', isAlive: alive }, 'held'],
  ['deadline absurdly far', { text: rec({ deadline: NOW + 3_600_000 }), ageMs: 0, now: NOW, host: 'here', isAlive: alive }, 'stale', /out of range/],
  ['corrupt, old', { text: '{"pid":', ageMs: LOCK_WRITE_GRACE_MS + 1, now: NOW, host: 'here', isAlive: alive }, 'stale', /unreadable/],
  ['empty, just created', { text: '', ageMs: 5, now: NOW, host: 'here', isAlive: alive }, 'held', /being written/],
  ['wrong types', { text: rec({ pid: 'x' as unknown as number }), ageMs: 60_000, now: NOW, host: 'here', isAlive: alive }, 'stale'],
  ['other host: pid not checked', { text: rec({ host: 'elsewhere' }), ageMs: 1_000, now: NOW, host: 'here', isAlive: dead }, 'held'],
  ['other host past deadline', { text: rec({ host: 'elsewhere', deadline: NOW - 5 }), ageMs: 1_000, now: NOW, host: 'here', isAlive: alive }, 'stale'],
];

for (const [name, input, want, reason] of cases) {
  test(`lock state: ${name} → ${want}`, () => {
    const got = decideLockState(input);
    assert.equal(got.state, want);
    if (reason && got.state !== 'free') assert.match(got.reason, reason);
  });
}

test('lock record: the optional trigger is kept, unknown fields ignored', async () => {
  const { parseLockRecord } = await import('../../../src/core/login/lock-state.ts');
  assert.equal(parseLockRecord(rec({ trigger: 'hook', extra: 1 } as Partial<LockRecord>))?.trigger, 'hook');
  assert.equal(parseLockRecord(rec())?.trigger, undefined);
});
