// The prompt hook's slow path (src/flows/hooks/prompt-flow.ts) on a fake clock and fake adapters: the background login's
// rate limit across prompts, the lock, a start that fails, the STS probe. The bundle is tested against real files
// and processes in tests/integration/prompt-submit.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ok } from '../../../src/core/errors.ts';
import { defaultConfig, type Config } from '../../../src/schemas/config.ts';
import { hookMessages } from '../../../src/core/status/hook-message.ts';
import { noteFailure } from '../../../src/core/login/login-guard.ts';
import { decideExpiry } from '../../../src/core/aws/expiry.ts';
import { PROACTIVE_LOGIN_INTERVAL_MS } from '../../../src/core/login/proactive-plan.ts';
import type { LockState } from '../../../src/core/login/lock-state.ts';
import type { Context } from '../../../src/io/config/context.ts';
import type { Paths } from '../../../src/io/system/paths.ts';
import type { ProfileState } from '../../../src/io/system/state-file.ts';
import type { SessionStatus } from '../../../src/flows/status/session-status.ts';
import { assessPrompt, type PromptIo } from '../../../src/flows/hooks/prompt-flow.ts';

const T0 = Date.UTC(2026, 0, 1, 12);
const MIN = 60_000;

function world(cfg: Partial<Config> = {}) {
  const w = {
    state: {} as ProfileState,
    lock: { state: 'free' } as LockState,
    starts: 0,
    probes: 0,
    startResult: { ok: true } as { ok: true } | { ok: false; reason: string },
  };
  const ctx = {
    paths: {} as Paths,
    loaded: { config: { ...defaultConfig(), autoLoginCmd: 'fake-login', autoLoginMinutes: 10, warnMinutes: 15, ...cfg }, warnings: [], file: null },
    profile: { name: 'dev', source: 'config' },
  } as Context;
  const io: PromptIo = {
    inspectLock: () => w.lock,
    updateState: (fn) => void (w.state = fn(w.state)),
    startLogin: () => {
      w.starts++;
      return w.startResult;
    },
    startProbe: () => void w.probes++,
  };
  /** One prompt at `now`, the keys expiring at `expiresAt`. */
  const prompt = (now: number, expiresAt: number | null) => {
    const cfg = ctx.loaded.config;
    const expiry = { expiresAt, source: { kind: 'none' as const }, reason: 'test' };
    const keys = { accessKeyId: 'ASIAKEY', secretAccessKey: 's', sessionToken: 't', expiry };
    const s: SessionStatus = {
      expiry,
      creds: expiresAt === null ? keys : null,
      defaultLogin: null,
      state: w.state,
      snapshot: { name: 'dev', source: 'config', profile: ok({ kind: 'file', file: '/fake/credentials', creds: keys, expiry }), defaultLogin: null, loginHint: '', region: () => null },
    };
    const decision = decideExpiry({ now, expiresAt, warnMinutes: cfg.warnMinutes, autoLoginMinutes: cfg.autoLoginMinutes, hasAutoLogin: true });
    return assessPrompt({ ctx, now, io }, s, decision);
  };
  return { w, prompt };
}

test('inside the autoLoginMinutes window: one background login per interval, however many prompts ask', () => {
  const { w, prompt } = world();
  const expiresAt = T0 + 5 * MIN;
  assert.equal(prompt(T0, expiresAt).autoLogin.kind, 'started');
  assert.equal(w.state.lastProactiveLoginAt, T0);
  // The next prompts, a second and four minutes later: no second login.
  for (const at of [T0 + 1_000, T0 + 4 * MIN]) {
    const r = prompt(at, expiresAt);
    assert.deepEqual(r.autoLogin, { kind: 'waiting', startedAt: T0, nextAt: T0 + PROACTIVE_LOGIN_INTERVAL_MS });
  }
  assert.equal(w.starts, 1);
  // Once the interval has passed (the login did not help): one more.
  assert.equal(prompt(T0 + PROACTIVE_LOGIN_INTERVAL_MS, expiresAt + 6 * MIN).autoLogin.kind, 'started');
  assert.equal(w.starts, 2);
});

test('a held login lock means a login is under way: none started, the holder reported', () => {
  const { w, prompt } = world();
  w.lock = { state: 'held', holder: { pid: 7, host: 'h', profile: 'dev', startedAt: T0 - 30_000, deadline: T0 + MIN, nonce: 'n' }, reason: 'held' };
  assert.deepEqual(prompt(T0, T0 + 5 * MIN).autoLogin, { kind: 'running', since: T0 - 30_000 });
  assert.equal(w.starts, 0);
});

test('a background login that cannot start clears the rate limit and says why on the next prompt too', () => {
  const { w, prompt } = world();
  w.startResult = { ok: false, reason: 'auth-refresh.cjs is missing' };
  assert.deepEqual(prompt(T0, T0 + 5 * MIN).autoLogin, { kind: 'start-failed', reason: 'auth-refresh.cjs is missing' });
  assert.equal(w.state.lastProactiveLoginAt, undefined);
  assert.equal(prompt(T0 + 1_000, T0 + 5 * MIN).autoLogin.kind, 'start-failed');
  assert.equal(w.starts, 2);
});

test('healthy keys far from expiry: no login, no lock look-up, no probe', () => {
  const { w, prompt } = world();
  w.lock = { state: 'held', holder: null, reason: 'held' };
  assert.equal(prompt(T0, T0 + 60 * MIN).autoLogin.kind, 'idle');
  assert.equal(w.starts + w.probes, 0);
});

test('unknown expiry and no cached STS verdict: a detached probe is started, the prompt answered at once', () => {
  const { w, prompt } = world();
  const r = prompt(T0, null);
  assert.equal(r.sts, null);
  assert.equal(w.probes, 1);
  assert.equal(w.starts, 0);
});

// ── Failed logins (issue 20): the prompt hook holds back and says why, with the tool's line and the fix. ──

for (const kind of ['auth', 'user'] as const) {
  test(`prompt hook after a ${kind} failure: no background login for these credentials, the warning carries the tool's line and the fix`, () => {
    const { w, prompt } = world();
    const expiresAt = T0 + 5 * MIN;
    w.state.guard = noteFailure(undefined, { kind, line: 'Invalid username or password' }, { now: T0 - 10 * MIN, trigger: 'hook', mark: `exp:${expiresAt}`, cmd: 'fake-login', expiresAt });
    for (const at of [T0, T0 + 5 * MIN, T0 + 30 * MIN]) {
      const s = prompt(at, expiresAt);
      assert.equal(s.autoLogin.kind, 'held');
      const m = hookMessages(s).user!;
      assert.match(m, /background login failed \(.*: "Invalid username or password"\); no further background try until you act — /);
      assert.match(m, kind === 'auth' ? /— fix it, then \/aws-keepalive login \(\/aws-keepalive login --test/ : /— it needs you: run \/aws-keepalive login, or log in again/);
    }
    assert.equal(w.starts, 0);
    // The user logged in elsewhere: new keys, a new expiry (and later in the window again): a background login may run.
    assert.equal(prompt(T0 + 60 * MIN, T0 + 65 * MIN).autoLogin.kind, 'started');
  });
}

test('prompt hook after a transient failure: waits for the backoff, says when the next try is', () => {
  const { w } = world();
  const expiresAt = T0 + 60 * MIN;
  const cfgWindow = world({ autoLoginMinutes: 90 });
  w.state.guard = noteFailure(undefined, { kind: 'transient', line: 'getaddrinfo ENOTFOUND idp' }, { now: T0, trigger: 'hook', mark: `exp:${expiresAt}`, cmd: 'fake-login', expiresAt });
  cfgWindow.w.state.guard = w.state.guard;
  const s = cfgWindow.prompt(T0 + 6 * MIN, expiresAt);
  assert.equal(s.autoLogin.kind, 'started', 'after 5 minutes, the first backoff is over');
  const held = cfgWindow.prompt(T0 + 2 * MIN, expiresAt);
  assert.deepEqual(held.autoLogin, { kind: 'held', why: 'backing off after a temporary failure', nextAt: T0 + 5 * MIN });
  assert.match(hookMessages(held).user!, /temporary problem: "getaddrinfo ENOTFOUND idp"\); next try in 3m/);
});

test('prompt hook: the hourly ceiling set by other entries holds the background login back', () => {
  const { w, prompt } = world();
  w.state.guard = { failedAt: [T0 - 40 * MIN, T0 - 20 * MIN, T0 - MIN] };
  const s = prompt(T0, T0 + 5 * MIN);
  assert.equal(s.autoLogin.kind, 'held');
  assert.match(hookMessages(s).user!, /auto-login paused \(3 failed sign-ins in the last hour.*\); next try in 20m/);
  assert.equal(w.starts, 0);
});

test('a browser login (aws sso login) starts at most once per expiry in the background, however long the prompts go on', () => {
  const { w, prompt } = world({ autoLoginCmd: 'aws sso login --profile dev' });
  const expiresAt = T0 + 9 * MIN;
  for (let at = T0; at < T0 + 60 * MIN; at += 5 * MIN) prompt(at, expiresAt);
  assert.equal(w.starts, 1);
  // backgroundLogin "auto" overrides the browser default: retried after PROACTIVE_LOGIN_INTERVAL_MS.
  const auto = world({ autoLoginCmd: 'aws sso login --profile dev', backgroundLogin: 'auto' });
  for (let at = T0; at < T0 + 12 * MIN; at += 5 * MIN) auto.prompt(at, expiresAt);
  assert.equal(auto.w.starts, 3);
  const off = world({ backgroundLogin: 'off' });
  assert.equal(off.prompt(T0, expiresAt).autoLogin.kind, 'held');
  assert.equal(off.w.starts, 0);
});

test('"once" and a background login that cannot start: the start is not counted, the reason is said again', () => {
  const { w, prompt } = world({ backgroundLogin: 'once' });
  w.startResult = { ok: false, reason: 'auth-refresh.cjs is missing' };
  prompt(T0, T0 + 5 * MIN);
  assert.equal(w.state.guard, undefined);
  assert.equal(prompt(T0 + 1_000, T0 + 5 * MIN).autoLogin.kind, 'start-failed');
});
