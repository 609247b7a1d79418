// awsAuthRefresh's flow (src/flows/login/refresh-flow.ts) on a fake clock and fake adapters: the decisions, the wait for
// another session's login and the background login, in microseconds instead of a bundle's seconds. The bundles are
// tested against real files and processes in tests/integration/auth-refresh.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ok } from '../../../src/core/errors.ts';
import { defaultConfig, type Config } from '../../../src/schemas/config.ts';
import { makeBudget, WAIT_POLL_MS, type Budget } from '../../../src/core/login/refresh-plan.ts';
import type { ProfileCredentials } from '../../../src/core/aws/credentials.ts';
import type { LockState } from '../../../src/core/login/lock-state.ts';
import type { Context } from '../../../src/io/config/context.ts';
import type { Paths } from '../../../src/io/system/paths.ts';
import type { LoginResult } from '../../../src/io/login/login-runner.ts';
import type { LastLogin, ProfileState } from '../../../src/io/system/state-file.ts';
import type { LoginGuard } from '../../../src/core/login/login-guard.ts';
import type { ProfileSnapshot } from '../../../src/core/aws/profile-snapshot.ts';
import { runBackgroundLogin, runRefresh, type FlowDeps, type RefreshIo } from '../../../src/flows/login/refresh-flow.ts';

const T0 = Date.UTC(2026, 0, 1, 12);
const MIN = 60_000;

const keys = (expiresAt: number | null, id = 'ASIAOLD'): ProfileCredentials => ({
  accessKeyId: id,
  secretAccessKey: 'secret',
  sessionToken: 'token',
  expiry: { expiresAt, source: expiresAt === null ? { kind: 'none' } : { kind: 'field', name: 'x_security_token_expires' }, reason: 'test' },
});

/** A world of fakes: credentials on "disk", a lock, a state file, a login command, STS; and a clock that only sleep moves. */
function world(cfg: Partial<Config> = {}) {
  const w = {
    t: T0,
    creds: keys(T0 - MIN),
    lock: { state: 'free' } as LockState,
    lastLogin: undefined as LastLogin | undefined,
    guard: undefined as LoginGuard | undefined,
    /** The login's last output lines (what the failure is classified from). */
    tail: [] as string[],
    logins: [] as string[],
    recorded: [] as string[],
    probes: 0,
    stsAnswer: 'unknown' as 'valid' | 'invalid' | 'unknown',
    profileReads: 0,
    regionReads: 0,
    /** A profile defined in ~/.aws/config (keys from the AWS CLI) instead of one in ~/.aws/credentials. */
    configProfile: false,
    cliCalls: 0,
    /** What the login does to the world (write keys, …) and its exit code. */
    login: (): number => 0,
    /** Called on each poll's sleep: another session's progress. */
    onSleep: (): void => {},
    out: [] as string[],
  };
  const ctx = {
    paths: {} as Paths,
    loaded: { config: { ...defaultConfig(), autoLoginCmd: 'fake-login', ...cfg }, warnings: [], file: null },
    profile: { name: 'dev', source: 'config' },
  } as Context;
  const io: RefreshIo = {
    readProfile: (): ProfileSnapshot => {
      w.profileReads++;
      const snapshot = (profile: ProfileSnapshot['profile']): ProfileSnapshot => ({
        name: 'dev',
        source: 'config',
        profile,
        defaultLogin: null,
        loginHint: 'run: saml2aws login',
        region: () => {
          w.regionReads++;
          return null;
        },
      });
      if (w.configProfile) {
        const config = { keys: {}, ssoTokenFile: null, kind: 'role' as const, sso: null };
        return snapshot(ok({ kind: 'config', file: '/fake/config', config, expiry: { expiresAt: null, source: { kind: 'none' }, reason: 'role' }, ssoToken: null, unsaved: null }));
      }
      return snapshot(ok({ kind: 'file', file: '/fake/credentials', creds: w.creds, expiry: w.creds.expiry }));
    },
    configCredentials: async () => {
      w.cliCalls++;
      return ok(w.creds);
    },
    probeSts: async () => {
      w.probes++;
      return { verdict: w.stsAnswer, reason: `STS says ${w.stsAnswer}` };
    },
    tryAcquireLock: (opts) => {
      if (w.lock.state === 'held') return { acquired: false, lock: w.lock as LockState & { state: 'held' } };
      w.lock = { state: 'held', holder: { pid: 1, host: 'h', profile: 'dev', startedAt: w.t, deadline: opts.deadline, nonce: 'n', trigger: opts.trigger }, reason: 'ours' };
      return { acquired: true, record: w.lock.holder!, tookOver: null, release: () => void (w.lock = { state: 'free' }) };
    },
    inspectLock: () => w.lock,
    readState: (): ProfileState => ({ lastLogin: w.lastLogin, ...(w.guard ? { guard: w.guard } : {}) }),
    runLogin: async (o): Promise<LoginResult> => {
      w.logins.push(o.command);
      const startedAt = w.t;
      w.t += 2_000;
      const exitCode = w.login();
      return { startedAt, endedAt: w.t, durationMs: 2_000, exitCode, timedOut: false, tail: w.tail, spawnError: null, challenge: null };
    },
    recordLogin: (trigger, r) => void w.recorded.push(`${trigger}:${r.exitCode}`),
    noteLogin: () => {},
    updateGuard: (fn) => void (w.guard = fn(w.guard)),
  };
  const deps = (budget: Budget = makeBudget(T0, {})): FlowDeps => ({
    ctx,
    env: {},
    budget,
    out: (l) => void w.out.push(l),
    signal: new AbortController().signal,
    now: () => w.t,
    sleep: async (ms) => {
      w.t += ms;
      w.onSleep();
    },
    io,
  });
  return { w, deps };
}

test('valid credentials on disk: exit 0 at once, no login, no STS, the profile read once', async () => {
  const { w, deps } = world();
  w.creds = keys(T0 + 30 * MIN);
  assert.equal(await runRefresh(deps()), 0);
  assert.deepEqual(w.logins, []);
  assert.equal(w.probes, 0);
  assert.equal(w.profileReads, 1);
  assert.match(w.out.join('\n'), /30m/);
});

test('expired credentials: autoLoginCmd runs under the lock, its result is recorded and the lock released', async () => {
  const { w, deps } = world();
  w.login = () => {
    w.creds = keys(w.t + 60 * MIN, 'ASIANEW');
    return 0;
  };
  assert.equal(await runRefresh(deps()), 0);
  assert.deepEqual(w.logins, ['fake-login']);
  assert.deepEqual(w.recorded, ['refresh:0']);
  assert.equal(w.lock.state, 'free');
});

test('no autoLoginCmd: the manual message with the login hint, exit 1, nothing run', async () => {
  const { w, deps } = world({ autoLoginCmd: '', loginCmd: 'saml2aws login' });
  assert.equal(await runRefresh(deps()), 1);
  assert.deepEqual(w.logins, []);
  assert.match(w.out.join('\n'), /run: saml2aws login/);
});

test('unknown expiry: STS decides; keys it accepts are handed back without a login', async () => {
  const { w, deps } = world();
  w.creds = keys(null);
  w.stsAnswer = 'valid';
  assert.equal(await runRefresh(deps()), 0);
  assert.equal(w.probes, 1);
  assert.deepEqual(w.logins, []);
});

test('one snapshot per run: an STS check reads the profile once and asks its region once', async () => {
  const { w, deps } = world();
  w.creds = keys(null);
  w.stsAnswer = 'valid';
  assert.equal(await runRefresh(deps()), 0);
  assert.equal(w.profileReads, 1);
  assert.equal(w.regionReads, 1);
});

test('a login re-reads the profile only to look for a change: after taking the lock and after the login', async () => {
  const { w, deps } = world();
  w.login = () => {
    w.creds = keys(w.t + 60 * MIN, 'ASIANEW');
    return 0;
  };
  assert.equal(await runRefresh(deps()), 0);
  assert.equal(w.profileReads, 3);
});

test("another session holds the lock: we wait on the fake clock and take its login's keys, never logging in", async () => {
  const { w, deps } = world();
  w.lock = { state: 'held', holder: { pid: 42, host: 'h', profile: 'dev', startedAt: T0 - 5_000, deadline: T0 + 120_000, nonce: 'x', trigger: 'hook' }, reason: 'held' };
  // The other session's login writes new keys 20 s from now and releases its lock.
  w.onSleep = () => {
    if (w.t >= T0 + 20_000 && w.lock.state === 'held') {
      w.creds = keys(w.t + 60 * MIN, 'ASIANEW');
      w.lock = { state: 'free' };
    }
  };
  assert.equal(await runRefresh(deps()), 0);
  assert.deepEqual(w.logins, []);
  assert.ok(w.t >= T0 + 20_000 && w.t <= T0 + 20_000 + WAIT_POLL_MS, `returned at +${w.t - T0} ms`);
  const out = w.out.join('\n');
  assert.match(out, /waiting for the auto-login started in the background \(pid 42\), 5 s/);
  // Still waiting after 10 s: said once more.
  assert.equal(w.out.filter((l) => /wait/i.test(l)).length, 2, out);
});

test("the lock's holder fails: the waiter reports its failure instead of starting a second login", async () => {
  const { w, deps } = world();
  w.lock = { state: 'held', holder: { pid: 42, host: 'h', profile: 'dev', startedAt: T0, deadline: T0 + 120_000, nonce: 'x', trigger: 'refresh' }, reason: 'held' };
  w.onSleep = () => {
    if (w.t >= T0 + 3_000 && w.lock.state === 'held') {
      w.lastLogin = { trigger: 'refresh', startedAt: T0, endedAt: w.t, exitCode: 2, timedOut: false, durationMs: w.t - T0, outputTail: [], expiresBefore: null, expiresAfter: null };
      w.lock = { state: 'free' };
    }
  };
  assert.equal(await runRefresh(deps()), 1);
  assert.deepEqual(w.logins, []);
  assert.match(w.out.join('\n'), /auto-login in another session failed \(exit code 2\)/);
});

test('a waiter gives up at the end of its budget, before Claude Code would kill it', async () => {
  const { w, deps } = world();
  w.lock = { state: 'held', holder: { pid: 42, host: 'h', profile: 'dev', startedAt: T0, deadline: T0 + 600_000, nonce: 'x' }, reason: 'held' };
  const budget = makeBudget(T0, { CC_KEEPALIVE_DEADLINE_MS: '30000' });
  assert.equal(await runRefresh(deps(budget)), 1);
  assert.ok(w.t < budget.end, `gave up at +${w.t - T0} ms`);
  assert.match(w.out.join('\n'), /did not finish within/);
});

test('the holder died without a result: the waiter takes the lock and logs in itself', async () => {
  const { w, deps } = world();
  w.lock = { state: 'held', holder: { pid: 42, host: 'h', profile: 'dev', startedAt: T0, deadline: T0 + 120_000, nonce: 'x' }, reason: 'held' };
  w.onSleep = () => {
    if (w.t >= T0 + 1_000 && w.lock.state === 'held' && w.logins.length === 0) w.lock = { state: 'free' };
  };
  w.login = () => {
    w.creds = keys(w.t + 60 * MIN, 'ASIANEW');
    return 0;
  };
  assert.equal(await runRefresh(deps()), 0);
  assert.deepEqual(w.logins, ['fake-login']);
});

test('background login: skipped while the keys have more than autoLoginMinutes left, run inside the window', async () => {
  const far = world({ autoLoginMinutes: 10 });
  far.w.creds = keys(T0 + 30 * MIN);
  assert.equal(await runBackgroundLogin(far.deps()), 0);
  assert.deepEqual(far.w.logins, []);

  const near = world({ autoLoginMinutes: 10 });
  near.w.creds = keys(T0 + 5 * MIN);
  near.w.login = () => {
    near.w.creds = keys(near.w.t + 60 * MIN, 'ASIANEW');
    return 0;
  };
  assert.equal(await runBackgroundLogin(near.deps()), 0);
  assert.deepEqual(near.w.logins, ['fake-login']);
  assert.deepEqual(near.w.recorded, ['hook:0']);
  assert.equal(near.w.lock.state, 'free');
});

test('background login: another login under way means nothing to do', async () => {
  const { w, deps } = world();
  w.lock = { state: 'held', holder: null, reason: 'held' };
  assert.equal(await runBackgroundLogin(deps()), 0);
  assert.deepEqual(w.logins, []);
});

test("a waiter on a config profile asks the AWS CLI every few seconds, not on every poll; a new run asks afresh", async () => {
  const { w, deps } = world();
  w.configProfile = true;
  w.lock = { state: 'held', holder: { pid: 42, host: 'h', profile: 'dev', startedAt: T0, deadline: T0 + 120_000, nonce: 'x' }, reason: 'held' };
  w.onSleep = () => {
    if (w.t >= T0 + 20_000 && w.lock.state === 'held') {
      w.creds = keys(w.t + 60 * MIN, 'ASIANEW');
      w.lock = { state: 'free' };
    }
  };
  assert.equal(await runRefresh(deps()), 0);
  // 80 polls in 20 s; the CLI's answer is reused for 3 s.
  assert.ok(w.profileReads >= 80, `profile read ${w.profileReads} times`);
  assert.ok(w.cliCalls >= 6 && w.cliCalls <= 9, `the AWS CLI asked ${w.cliCalls} times`);
  const before = w.cliCalls;
  assert.equal(await runRefresh(deps()), 0);
  assert.equal(w.cliCalls, before + 1, 'nothing is remembered from the previous run');
});

// ── Failed logins (issue 20): what each kind does in awsAuthRefresh and in the background login. ──

const FAILING: Record<'auth' | 'user' | 'transient', string> = {
  auth: 'Error authenticating to IdP.: Invalid username or password',
  user: 'Attempting to automatically open the SSO authorization page in your default browser.',
  transient: 'Error: getaddrinfo ENOTFOUND idp.example.com',
};

for (const kind of ['auth', 'user', 'transient'] as const) {
  // Only a refused sign-in is not repeated: after a temporary failure or a browser tab nobody clicked while away, the
  // person at the 403 is here now.
  test(`awsAuthRefresh after a ${kind} failure: recorded with the tool's line; ${kind !== 'auth' ? 'the next 403 may try again' : 'the next 403 is answered at once, no login'}`, async () => {
    const { w, deps } = world();
    w.tail = ['Logging in…', FAILING[kind]];
    w.login = () => 1;
    assert.equal(await runRefresh(deps()), 1);
    assert.equal(w.guard?.last?.kind, kind);
    assert.equal(w.guard?.last?.line, FAILING[kind]);
    assert.equal(w.guard?.failedAt.length, 1);
    // Claude Code's next 403, a minute later.
    w.t += MIN;
    w.out = [];
    assert.equal(await runRefresh(deps()), 1);
    if (kind !== 'auth') assert.equal(w.logins.length, 2);
    else {
      assert.equal(w.logins.length, 1);
      assert.match(w.out.join('\n'), new RegExp(`${FAILING[kind].slice(0, 20)}.*/aws-keepalive login`));
    }
  });

  test(`background login after a ${kind} failure: recorded; ${kind === 'transient' ? 'retried once the backoff is over' : 'never repeated for these credentials'}`, async () => {
    const { w, deps } = world({ autoLoginMinutes: 30 });
    w.creds = keys(T0 + 20 * MIN);
    w.tail = [FAILING[kind]];
    w.login = () => 1;
    await runBackgroundLogin(deps());
    assert.equal(w.guard?.last?.kind, kind);
    assert.equal(w.guard?.last?.trigger, 'hook');
    w.t += 5 * MIN + 1;
    await runBackgroundLogin(deps());
    assert.equal(w.logins.length, kind === 'transient' ? 2 : 1);
  });
}

test('the hourly ceiling holds across entries: 3 failures recorded by others stop awsAuthRefresh and the background login', async () => {
  const { w, deps } = world();
  w.guard = { failedAt: [T0 - 50 * MIN, T0 - 30 * MIN, T0 - 10 * MIN] };
  assert.equal(await runRefresh(deps()), 1);
  assert.match(w.out.join('\n'), /3 failed sign-ins in the last hour/);
  w.creds = keys(T0 + 5 * MIN);
  assert.equal(await runBackgroundLogin(deps()), 1);
  assert.deepEqual(w.logins, []);
  // An hour after the oldest, one more try.
  w.t = T0 + 11 * MIN;
  w.creds = keys(T0 - MIN);
  w.login = () => {
    w.creds = keys(w.t + 60 * MIN, 'ASIANEW');
    return 0;
  };
  assert.equal(await runRefresh(deps()), 0);
  assert.deepEqual(w.guard, { failedAt: [] }, 'a good login resets the count');
});

test('after an auth failure, new keys on disk (the user logged in elsewhere, then they expired) allow a login again', async () => {
  const { w, deps } = world();
  w.tail = [FAILING.auth];
  w.login = () => 1;
  await runRefresh(deps());
  w.t += MIN;
  w.creds = keys(w.t - 1_000, 'ASIAOTHER');
  await runRefresh(deps());
  assert.equal(w.logins.length, 2);
});
