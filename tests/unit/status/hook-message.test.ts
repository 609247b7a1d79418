import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideExpiry } from '../../../src/core/aws/expiry.ts';
import { hookMessages, type HookSituation, type LoginOutcome } from '../../../src/core/status/hook-message.ts';
import { renderHookOutput } from '../../../src/core/status/hook-output.ts';

const NOW = Date.UTC(2026, 10, 24, 10, 0, 0);
const MIN = 60_000;
const HINT = 'run: saml2aws login --profile work';
const RECOVERY = '; Claude Code then picks up the new credentials through awsAuthRefresh, no restart needed';

function situation(remainingMin: number | null, over: Partial<HookSituation> = {}, autoLogin = false): HookSituation {
  const expiresAt = remainingMin === null ? null : NOW + remainingMin * MIN + 30_000;
  return {
    now: NOW,
    profile: 'work',
    decision: decideExpiry({ now: NOW, expiresAt, warnMinutes: 30, autoLoginMinutes: 30, hasAutoLogin: autoLogin }),
    expiresAt,
    sts: null,
    autoLogin: { kind: autoLogin ? 'idle' : 'off' },
    lastLogin: null,
    loginHint: HINT,
    configWarnings: [],
    ...over,
  };
}

const login = (over: Partial<LoginOutcome>): LoginOutcome => ({
  endedAt: NOW - 60_000,
  exitCode: 1,
  timedOut: false,
  durationMs: 45_000,
  outputTail: ['Password:', 'Error: MFA denied'],
  expiresBefore: NOW + 12 * MIN + 30_000,
  expiresAfter: NOW + 12 * MIN + 30_000,
  ...over,
});

test('hookMessages: what the user sees for each state', async (t) => {
  const cases: Array<[string, HookSituation, string | null]> = [
    ['healthy: silent', situation(240), null],
    ['unknown expiry, nothing cached: silent', situation(null), null],
    ['unknown expiry, STS accepted: silent', situation(null, { sts: { valid: true, checkedAt: NOW - MIN, reason: 'ok' } }), null],
    ['expiring, no auto-login', situation(12), `AWS session (profile work) expires in 12m — ${HINT}`],
    ['expired, no auto-login', situation(-6), `AWS session (profile work) expired 5m ago — ${HINT}${RECOVERY}`],
    [
      'STS refused the keys',
      situation(null, { sts: { valid: false, checkedAt: NOW - 90_000, reason: 'STS rejected the credentials (ExpiredToken)' } }),
      `AWS session (profile work) was refused by AWS 1m ago (STS rejected the credentials (ExpiredToken)) — ${HINT}${RECOVERY}`,
    ],
    ['auto-login started', situation(12, { autoLogin: { kind: 'started' } }, true), 'AWS session (profile work) expires in 12m — auto-login started in the background'],
    [
      'auto-login started after expiry',
      situation(-1, { autoLogin: { kind: 'started' } }, true),
      `AWS session (profile work) expired <1m ago — auto-login started in the background${RECOVERY}`,
    ],
    [
      'auto-login running',
      situation(12, { autoLogin: { kind: 'running', since: NOW - 40_000 } }, true),
      'AWS session (profile work) expires in 12m — auto-login in progress (started 40s ago)',
    ],
    [
      'auto-login could not start',
      situation(12, { autoLogin: { kind: 'start-failed', reason: '/x/auth-refresh.mjs is missing; reinstall cc-aws-keepalive' } }, true),
      `AWS session (profile work) expires in 12m — could not start auto-login (/x/auth-refresh.mjs is missing; reinstall cc-aws-keepalive) — ${HINT}`,
    ],
    [
      'previous auto-login failed: reported with its exit code and last line',
      situation(12, { autoLogin: { kind: 'waiting', startedAt: NOW - 2 * MIN, nextAt: NOW + 3 * MIN }, lastLogin: login({}) }, true),
      `AWS session (profile work) expires in 12m — auto-login failed (exit 1 after 45s: "Error: MFA denied"); next try in 3m — or ${HINT}`,
    ],
    [
      'previous auto-login timed out',
      situation(12, { autoLogin: { kind: 'waiting', startedAt: NOW - 4 * MIN, nextAt: NOW + MIN }, lastLogin: login({ exitCode: null, timedOut: true, durationMs: 150_000, outputTail: [] }) }, true),
      `AWS session (profile work) expires in 12m — auto-login failed (timed out after 2m); next try in 1m — or ${HINT}`,
    ],
    [
      'failed login, retried now',
      situation(12, { autoLogin: { kind: 'started' }, lastLogin: login({}) }, true),
      'AWS session (profile work) expires in 12m — auto-login started in the background (the previous one failed (exit 1 after 45s: "Error: MFA denied"))',
    ],
    [
      'login ran but the expiry did not move: the force-flag hint',
      situation(12, { autoLogin: { kind: 'waiting', startedAt: NOW - 2 * MIN, nextAt: NOW + 3 * MIN }, lastLogin: login({ exitCode: 0 }) }, true),
      `AWS session (profile work) expires in 12m — auto-login ran but the expiry did not move: many login tools do nothing while the old session is still valid, so add their force flag to autoLoginCmd (saml2aws login --force, aws-azure-login --force-refresh) — or ${HINT}`,
    ],
    [
      'waiting, the login has not reported yet',
      situation(12, { autoLogin: { kind: 'waiting', startedAt: NOW - 2 * MIN, nextAt: NOW + 3 * MIN } }, true),
      `AWS session (profile work) expires in 12m — auto-login started 2m ago; next try in 3m — or ${HINT}`,
    ],
    [
      'a failure about older credentials is history, not news',
      situation(12, { lastLogin: login({ expiresBefore: NOW - 600 * MIN }) }),
      `AWS session (profile work) expires in 12m — ${HINT}`,
    ],
    [
      'failure reported even without auto-login running now',
      situation(12, { lastLogin: login({}) }),
      `AWS session (profile work) expires in 12m — auto-login failed (exit 1 after 45s: "Error: MFA denied") — ${HINT}`,
    ],
    ['inside the window with fresh credentials from our own login: silent', situation(25, { autoLogin: { kind: 'idle' } }, true), null],
    ['config problems are never silent', situation(240, { configWarnings: ['/h/.config/cc-aws-keepalive/config.json: unknown key "profil" — did you mean "profile"?'] }), 'cc-aws-keepalive: /h/.config/cc-aws-keepalive/config.json: unknown key "profil" — did you mean "profile"?'],
  ];
  for (const [name, s, want] of cases) await t.test(name, () => assert.equal(hookMessages(s).user, want));
});

test('hookMessages: the model gets a terse note only when the session needs attention', () => {
  assert.equal(hookMessages(situation(240)).model, null);
  assert.equal(hookMessages(situation(240, { configWarnings: ['x'] })).model, null);
  assert.equal(hookMessages(situation(12)).model, `cc-aws-keepalive notice for the user (not a task): AWS session (profile work) expires in 12m; ${HINT}.`);
});

test('renderHookOutput: systemMessage for the screen, additionalContext for the model, never a block', () => {
  assert.equal(renderHookOutput({ user: null, model: null }), '');
  const out = JSON.parse(renderHookOutput({ user: 'on screen', model: 'to the model' }));
  assert.deepEqual(out, { systemMessage: 'on screen', hookSpecificOutput: { hookEventName: 'UserPromptSubmit', additionalContext: 'to the model' } });
  assert.deepEqual(JSON.parse(renderHookOutput({ user: 'only screen', model: null })), { systemMessage: 'only screen' });
  assert.ok(!('decision' in out) && !('continue' in out));
});
