// dist/auth-refresh.cjs spawned as Claude Code spawns it, in a fake HOME, with a fake login tool
// (tests/fixtures/bin/fake-login.mjs) and a fake STS on 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { makeFakeHome, type FakeHome } from '../../helpers/fake-home.ts';
import { ROOT, runEntry, type RunResult } from '../../helpers/run-entry.ts';
import { pidAlive } from '../../../src/io/login/lock.ts';

const FAKE_LOGIN = join(ROOT, 'tests', 'fixtures', 'bin', 'fake-login.mjs');
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

function creds(key: string, expiresAt: number | null, profile = 'dev'): string {
  return `[${profile}]\naws_access_key_id = ${key}\naws_secret_access_key = oldsecret\naws_session_token = oldtoken\n${
    expiresAt === null ? '' : `x_security_token_expires = ${iso(expiresAt)}\n`
  }`;
}

interface Setup {
  h: FakeHome;
  env: Record<string, string>;
  count: () => number;
  state: () => Record<string, any>;
}

function setup(t: Parameters<typeof makeFakeHome>[0], opts: { expiresAt?: number | null; config?: Record<string, unknown>; env?: Record<string, string> } = {}): Setup {
  const h = makeFakeHome(t, {
    '.aws/credentials': creds('ASIAOLDKEY0000000001', opts.expiresAt === undefined ? Date.now() - 60_000 : opts.expiresAt),
    '.config/cc-aws-keepalive/config.json': JSON.stringify({
      profile: 'dev',
      loginCmd: 'saml2aws login --profile dev',
      autoLoginCmd: `"${process.execPath}" "${FAKE_LOGIN}"`,
      loginTimeoutSeconds: 20,
      ...opts.config,
    }),
  });
  const countFile = h.path('logins.txt');
  return {
    h,
    env: { ...h.env, FAKE_LOGIN_PROFILE: 'dev', FAKE_LOGIN_COUNT: countFile, ...opts.env },
    count: () => (existsSync(countFile) ? readFileSync(countFile, 'utf8').trim().split('\n').length : 0),
    state: () => JSON.parse(readFileSync(h.path('.local/state/cc-aws-keepalive/dev.json'), 'utf8')),
  };
}

const refresh = (env: Record<string, string>, args: string[] = []) => runEntry('auth-refresh', { env, args, timeoutMs: 30_000 });
const all = (n: number, env: Record<string, string>) => Promise.all(Array.from({ length: n }, () => refresh(env)));
const noSecrets = (r: RunResult) => assert.ok(!/ASIA[A-Z0-9]{12}|oldsecret|freshsecret|oldtoken|freshtoken/.test(r.stdout + r.stderr), r.stdout);

test('valid credentials on disk: says so and exits 0 without logging in', async (t) => {
  const s = setup(t, { expiresAt: Date.now() + (3 * 60 + 12) * 60_000 + 30_000 });
  const r = await refresh(s.env);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^Credentials refreshed \(valid for 3h12m\)\. Retrying…$/m);
  assert.equal(s.count(), 0);
});

test('credentials inside the 60 s margin count as expired', async (t) => {
  const s = setup(t, { expiresAt: Date.now() + 30_000, config: { autoLoginCmd: '' } });
  const r = await refresh(s.env);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /expire in under a minute/);
});

test('expired, no autoLoginCmd: manual instructions with loginCmd, exit 1, loginCmd never run', async (t) => {
  const s = setup(t, { config: { autoLoginCmd: '', loginCmd: `"${process.execPath}" "${FAKE_LOGIN}"` } });
  const r = await refresh(s.env);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /AWS credentials for profile "dev" expired 1m ago; no autoLoginCmd is configured\./);
  assert.match(r.stdout, /^To continue, in another terminal run: .*fake-login\.mjs" — Claude Code retries on your next message\.$/m);
  assert.equal(s.count(), 0);
});

test('8 sessions at once on expired credentials: exactly one login, all 8 exit 0', async (t) => {
  const s = setup(t, { env: { FAKE_LOGIN_DELAY_MS: '1500' } });
  const rs = await all(8, s.env);
  for (const r of rs) {
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /Credentials refreshed \(valid for (59m|1h00m)\)\. Retrying…/);
    noSecrets(r);
  }
  assert.equal(s.count(), 1);
  const leader = rs.filter((r) => /running autoLoginCmd/.test(r.stdout));
  assert.equal(leader.length, 1);
  // The leader streams the tool's output (cleaned); the others say whom they wait for.
  assert.match(leader[0]!.stdout, /^ {2}Approve the push notification on your phone$/m);
  assert.match(leader[0]!.stdout, /^ {2}Using IdP account default$/m);
  assert.ok(!leader[0]!.stdout.includes('\x1b'));
  const waiters = rs.filter((r) => /waiting for the login started by another session \(pid \d+\), \d+ s…/.test(r.stdout));
  assert.ok(waiters.length >= 1, 'at least one session waited');
  const st = s.state();
  assert.equal(st.lastLogin.trigger, 'refresh');
  assert.equal(st.lastLogin.exitCode, 0);
  assert.ok(st.lastLogin.expiresAfter > Date.now());
  assert.ok(!existsSync(s.h.path('.local/state/cc-aws-keepalive/dev.lock')), 'lock released');
});

test('a failing login: all sessions exit 1 promptly with the manual instructions', async (t) => {
  const s = setup(t, { env: { FAKE_LOGIN_MODE: 'fail', FAKE_LOGIN_DELAY_MS: '700' } });
  const started = Date.now();
  const rs = await all(6, s.env);
  for (const r of rs) {
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stdout, /in another terminal run: saml2aws login --profile dev/);
    assert.match(r.stdout, /failed \(exit code 2/);
    noSecrets(r);
  }
  assert.ok(Date.now() - started < 12_000, `took ${Date.now() - started} ms`);
  assert.equal(s.count(), 1, 'sessions arriving after the failure do not retry it at once');
  assert.equal(s.state().lastLogin.exitCode, 2);
  assert.deepEqual(s.state().lastLogin.outputTail.slice(-1), ['Error: MFA push was denied']);
});

test('a hanging login is killed at the deadline, with its process tree', async (t) => {
  const s = setup(t, { env: { FAKE_LOGIN_MODE: 'hang', CC_KEEPALIVE_DEADLINE_MS: '4000', FAKE_LOGIN_PIDFILE: '' } });
  s.env.FAKE_LOGIN_PIDFILE = s.h.path('login.pid');
  const [a, b] = await all(2, s.env);
  for (const r of [a!, b!]) {
    assert.equal(r.code, 1, r.stdout);
    assert.ok(r.ms < 9_000, `ended after ${r.ms} ms (budget 4 s, loginTimeoutSeconds 20)`);
    assert.match(r.stdout, /saml2aws login --profile dev/);
  }
  assert.match(a!.stdout + b!.stdout, /did not finish within \d+ s and was stopped/);
  assert.equal(s.count(), 1);
  const pid = Number(readFileSync(s.h.path('login.pid'), 'utf8'));
  assert.ok(!pidAlive(pid) || /\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8')), 'the login tool was killed');
  assert.equal(s.state().lastLogin.timedOut, true);
});

test('a login that exits 0 without writing credentials is a failure (exit 1), not a refresh', async (t) => {
  const s = setup(t, { env: { FAKE_LOGIN_MODE: 'noop', FAKE_LOGIN_DELAY_MS: '50' } });
  const r = await refresh(s.env);
  assert.equal(r.code, 1, r.stdout);
  assert.match(r.stdout, /autoLoginCmd finished, but the credentials are still not valid\./);
  assert.equal(s.state().lastLogin.exitCode, 0);
});

test('a stale lock left by a dead session is taken over', async (t) => {
  const s = setup(t);
  const deadPid = spawnSync(process.execPath, ['-e', '0']).pid!;
  mkdirSync(s.h.path('.local/state/cc-aws-keepalive'), { recursive: true });
  const now = Date.now();
  writeFileSync(
    s.h.path('.local/state/cc-aws-keepalive/dev.lock'),
    JSON.stringify({ pid: deadPid, host: hostname(), profile: 'dev', startedAt: now - 5_000, deadline: now + 160_000, nonce: 'old' }),
  );
  const r = await refresh(s.env);
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stdout, new RegExp(`Took over the login lock \\(holder \\(pid ${deadPid}\\) is no longer running\\)`));
  assert.equal(s.count(), 1);
});

test('--background: logs in silently, records trigger "hook", and skips when someone else already refreshed', async (t) => {
  const s = setup(t, { expiresAt: Date.now() + 10 * 60_000 });
  const r = await refresh(s.env, ['--background']);
  assert.equal(r.code, 0);
  assert.equal(r.stdout + r.stderr, '');
  assert.equal(s.count(), 1);
  assert.equal(s.state().lastLogin.trigger, 'hook');
  // Now the credentials have an hour left (> autoLoginMinutes 30): a second background run does nothing.
  const again = await refresh(s.env, ['--background']);
  assert.equal(again.code, 0);
  assert.equal(s.count(), 1);
});

test('a refresh that finds the background login running waits for it and says so', async (t) => {
  const s = setup(t, { env: { FAKE_LOGIN_DELAY_MS: '1500' } });
  const bg = refresh(s.env, ['--background']);
  for (let i = 0; i < 50 && !existsSync(s.h.path('.local/state/cc-aws-keepalive/dev.lock')); i++) await new Promise((r) => setTimeout(r, 50));
  const r = await refresh(s.env);
  assert.equal((await bg).code, 0);
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stdout, /^waiting for the auto-login started in the background \(pid \d+\), \d+ s…$/m);
  assert.equal(s.count(), 1);
});

// ── The in-process STS probe, for login tools that record no expiry. ──

type StsMode = 'valid' | 'expired' | 'slow';
async function fakeSts(t: { after: (fn: () => unknown) => void }, byKey: Record<string, StsMode>) {
  const seen: Array<{ authorization: string; token: string | undefined; body: string }> = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const authorization = String(req.headers.authorization ?? '');
      seen.push({ authorization, token: req.headers['x-amz-security-token'] as string | undefined, body });
      const key = /Credential=([^/]+)\//.exec(authorization)?.[1] ?? '';
      const mode = byKey[key] ?? 'expired';
      if (mode === 'slow') return; // never answers
      if (mode === 'valid') {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end('<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:sts::123456789012:assumed-role/Dev/me</Arn></GetCallerIdentityResult></GetCallerIdentityResponse>');
      } else {
        res.writeHead(403, { 'content-type': 'text/xml' });
        res.end('<ErrorResponse><Error><Type>Sender</Type><Code>ExpiredToken</Code><Message>The security token included in the request is expired</Message></Error></ErrorResponse>');
      }
    });
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

test('STS: no expiry recorded and STS accepts the key → exit 0 without login; signed for the profile region', async (t) => {
  const sts = await fakeSts(t, { ASIAOLDKEY0000000001: 'valid' });
  const s = setup(t, { expiresAt: null, env: {} });
  s.h.write('.aws/config', '[profile dev]\nregion = eu-west-3\n');
  const r = await refresh({ ...s.env, AWS_ENDPOINT_URL_STS: sts.url });
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stdout, /Credentials refreshed \(confirmed by STS; the login tool records no expiry\)/);
  assert.equal(s.count(), 0);
  assert.equal(sts.seen.length, 1);
  assert.match(sts.seen[0]!.authorization, /^AWS4-HMAC-SHA256 Credential=ASIAOLDKEY0000000001\/\d{8}\/eu-west-3\/sts\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/);
  assert.equal(sts.seen[0]!.token, 'oldtoken');
  assert.equal(sts.seen[0]!.body, 'Action=GetCallerIdentity&Version=2011-06-15');
  const cached = s.state().sts;
  assert.equal(cached.valid, true);
  assert.ok(!JSON.stringify(cached).includes('ASIAOLD'), 'the cache holds a fingerprint, not the key');
});

test('STS: expired key, login writes a new key without expiry → STS confirms the new key, exit 0', async (t) => {
  const sts = await fakeSts(t, { ASIAOLDKEY0000000001: 'expired', ASIANEWKEY0000000002: 'valid' });
  const s = setup(t, { expiresAt: null, env: { FAKE_LOGIN_MODE: 'ok-noexpiry', FAKE_LOGIN_KEY: 'ASIANEWKEY0000000002' } });
  const rs = await all(3, { ...s.env, AWS_ENDPOINT_URL: sts.url, AWS_REGION: 'us-west-2' });
  for (const r of rs) assert.equal(r.code, 0, r.stdout);
  assert.equal(s.count(), 1);
  assert.ok(sts.seen.every((x) => x.authorization.includes('/us-west-2/sts/')));
});

test('STS: expired key and no autoLoginCmd → manual instructions naming the STS answer', async (t) => {
  const sts = await fakeSts(t, {});
  const s = setup(t, { expiresAt: null, config: { autoLoginCmd: '' } });
  const r = await refresh({ ...s.env, AWS_ENDPOINT_URL_STS: sts.url });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /STS rejected the credentials \(ExpiredToken\); no autoLoginCmd is configured/);
  assert.equal(s.state().sts.valid, false);
});

test('STS: unreachable or silent endpoint → "unknown", not cached, bounded by the probe deadline', async (t) => {
  const sts = await fakeSts(t, { ASIAOLDKEY0000000001: 'slow' });
  const s = setup(t, { expiresAt: null, config: { autoLoginCmd: '' } });
  const slow = await refresh({ ...s.env, AWS_ENDPOINT_URL_STS: sts.url });
  assert.equal(slow.code, 1);
  assert.match(slow.stdout, /did not answer within 4 s/);
  assert.ok(slow.ms < 10_000, `${slow.ms} ms`);
  // A port nobody listens on.
  const dead = await refresh({ ...s.env, AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:9' });
  assert.equal(dead.code, 1);
  assert.match(dead.stdout, /STS at 127\.0\.0\.1:9 is unreachable/);
  assert.ok(!existsSync(s.h.path('.local/state/cc-aws-keepalive/dev.json')), 'nothing cached');
});
