// Spawns dist/prompt-submit.cjs the way Claude Code runs a UserPromptSubmit hook: the captured payload on stdin,
// a fake HOME, explicit env. The background login is the real dist/auth-refresh.cjs --background running a fake
// login command; the STS probe talks to a local server.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { makeFakeHome, type FakeHome } from '../../helpers/fake-home.ts';
import { DIST, runEntry } from '../../helpers/run-entry.ts';
import { credentialFingerprint } from '../../../src/core/aws/sts-plan.ts';

const PAYLOAD = readFileSync(new URL('../../fixtures/payloads/user-prompt-submit.json', import.meta.url), 'utf8');
const MIN = 60_000;
const KEY = 'ASIAPROMPTHOOK000001';
const iso = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString().replace(/\.\d{3}Z$/, 'Z');
const creds = (msFromNow: number | null, key = KEY) =>
  `[work]\naws_access_key_id = ${key}\naws_secret_access_key = secret/${key}\naws_session_token = token/${key}==\n` +
  (msFromNow === null ? '' : `x_security_token_expires = ${iso(msFromNow)}\n`);
const STATE = '.local/state/cc-aws-keepalive/work.json';

function home(t: TestContext, remainingMs: number | null, config: Record<string, unknown> = {}): FakeHome {
  return makeFakeHome(t, {
    '.aws/credentials': creds(remainingMs),
    '.config/cc-aws-keepalive/config.json': JSON.stringify({ profile: 'work', loginCmd: 'saml2aws login --profile work', ...config }),
  });
}

async function hook(h: FakeHome, extraEnv: Record<string, string> = {}, stdin = PAYLOAD) {
  const r = await runEntry('prompt-submit', { env: { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1', ...extraEnv }, stdin });
  assert.equal(r.code, 0, `the hook always exits 0 (stderr: ${r.stderr})`);
  assert.equal(r.stderr, '', 'nothing on stderr (Claude Code hides it anyway)');
  return { ...r, json: r.stdout.trim() ? (JSON.parse(r.stdout) as { systemMessage?: string; hookSpecificOutput?: { additionalContext: string }; decision?: string }) : null };
}

const state = (h: FakeHome) => (existsSync(h.path(STATE)) ? (JSON.parse(readFileSync(h.path(STATE), 'utf8')) as Record<string, any>) : {});

async function until<T>(what: string, fn: () => T | undefined | null | false, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A login command that counts its runs, then does what `script` says (write fresh creds, fail, do nothing). */
function fakeLogin(h: FakeHome, script: string): string {
  const file = h.write(
    'bin/fake-login.mjs',
    `import { appendFileSync, writeFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(h.path('logins.log'))}, 'run\\n');\n${script}\n`,
  );
  return `node "${file}"`;
}
const loginRuns = (h: FakeHome) => (existsSync(h.path('logins.log')) ? readFileSync(h.path('logins.log'), 'utf8').split('\n').filter(Boolean).length : 0);

test('healthy session: silent, and nothing written', async (t) => {
  const h = home(t, 4 * 60 * MIN);
  const r = await hook(h);
  assert.equal(r.stdout, '');
  // the launchers keep V8's compiled code there (code-cache/); nothing else may appear.
  const stateDir = h.path('.local/state/cc-aws-keepalive');
  assert.deepEqual(existsSync(stateDir) ? readdirSync(stateDir).filter((f) => f !== 'code-cache') : [], [], 'the hot path writes no state');
});

test('not a Bedrock session (plugin installed, Anthropic API in use): silent even when expired', async (t) => {
  const h = home(t, -10 * MIN);
  const r = await runEntry('prompt-submit', { env: h.env, stdin: PAYLOAD });
  assert.equal(r.code, 0);
  assert.equal(r.stdout, '');
});

test('expiring within warnMinutes: on-screen systemMessage with the login command, and a note for the model', async (t) => {
  const h = home(t, 12 * MIN + 30_000);
  const r = await hook(h);
  assert.equal(r.json?.systemMessage, 'AWS session (profile work) expires in 12m — run: saml2aws login --profile work');
  assert.match(r.json?.hookSpecificOutput?.additionalContext ?? '', /expires in 12m; run: saml2aws login --profile work/);
  assert.equal(r.json?.decision, undefined, 'never blocks the prompt');
});

test('expired: says so and that Claude Code recovers through awsAuthRefresh', async (t) => {
  const h = home(t, -5 * MIN - 30_000);
  const r = await hook(h);
  assert.equal(
    r.json?.systemMessage,
    'AWS session (profile work) expired 5m ago — run: saml2aws login --profile work; Claude Code then picks up the new credentials through awsAuthRefresh, no restart needed',
  );
});

test('bad or missing stdin never breaks the hook', async (t) => {
  const h = home(t, 12 * MIN + 30_000);
  for (const stdin of ['', 'not json', '{"prompt":', '[]']) {
    const r = await hook(h, {}, stdin);
    assert.match(r.json?.systemMessage ?? '', /expires in 12m/, `stdin ${JSON.stringify(stdin)}`);
  }
});

test('registered by hand under another event: silent (our JSON names UserPromptSubmit)', async (t) => {
  const h = home(t, -5 * MIN);
  const r = await hook(h, {}, JSON.stringify({ hook_event_name: 'SessionStart' }));
  assert.equal(r.stdout, '');
});

test('broken config: the warning still comes, and the config problem is shown too', async (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': creds(12 * MIN + 30_000), '.config/cc-aws-keepalive/config.json': '{"profile": "work", "warnMinutes": "soon"}' });
  const r = await hook(h);
  assert.match(r.json?.systemMessage ?? '', /^AWS session \(profile work\) expires in 12m/);
  assert.match(r.json?.systemMessage ?? '', /config\.json: "warnMinutes" should be a whole number/);
});

test('auto-login inside the window: started in the background once, credentials renewed, next prompt silent', async (t) => {
  const h = home(t, 10 * MIN + 30_000);
  const login = fakeLogin(h, `writeFileSync(${JSON.stringify(h.path('.aws/credentials'))}, ${JSON.stringify(creds(8 * 60 * MIN, 'ASIAPROMPTHOOK000002'))});`);
  writeConfig(h, { autoLoginCmd: login, autoLoginMinutes: 30 });

  const first = await hook(h);
  assert.equal(first.json?.systemMessage, 'AWS session (profile work) expires in 10m — auto-login started in the background');
  assert.ok(first.ms < 5_000, 'the hook does not wait for the login');
  const s = await until('the background login to record its outcome', () => state(h).lastLogin);
  assert.equal(s.trigger, 'hook');
  assert.equal(s.exitCode, 0);
  assert.ok(typeof state(h).lastProactiveLoginAt === 'number');

  const second = await hook(h);
  assert.equal(second.stdout, '', 'fresh credentials: silent');
  assert.equal(loginRuns(h), 1, 'exactly one login ran');
});

test('auto-login after expiry: started too (the window includes "already expired")', async (t) => {
  const h = home(t, -MIN - 30_000);
  writeConfig(h, { autoLoginCmd: fakeLogin(h, 'process.exit(0);'), autoLoginMinutes: 30 });
  const r = await hook(h);
  assert.match(r.json?.systemMessage ?? '', /^AWS session \(profile work\) expired 1m ago — auto-login started in the background; Claude Code then picks up/);
  await until('the login', () => loginRuns(h) === 1);
  // The detached run records the outcome after the login: wait for it, or it writes into a HOME being deleted.
  await until('the login to be recorded', () => state(h).lastLogin);
});

test('a refused sign-in is reported on the next prompt with the tool line and the fix, and not retried', async (t) => {
  const h = home(t, 10 * MIN + 30_000);
  writeConfig(h, { autoLoginCmd: fakeLogin(h, 'console.log("Password:"); console.error("Error: MFA denied"); process.exit(3);'), autoLoginMinutes: 30 });
  await hook(h);
  await until('the failed login to be recorded', () => state(h).guard?.last);
  const next = await hook(h);
  assert.match(
    next.json?.systemMessage ?? '',
    /^AWS session \(profile work\) expires in 10m — background login failed \(sign-in refused: "Error: MFA denied"\); no further background try until you act — fix it, then \/aws-keepalive login \(\/aws-keepalive login --test shows the failure\), or run: saml2aws login --profile work$/,
  );
  assert.match(next.json?.hookSpecificOutput?.additionalContext ?? '', /background login failed/);
  assert.equal(loginRuns(h), 1, 'no second login');
});

test('a temporary failure is reported with the next try (the backoff)', async (t) => {
  const h = home(t, 10 * MIN + 30_000);
  writeConfig(h, { autoLoginCmd: fakeLogin(h, 'console.error("Error: connect ECONNREFUSED 10.0.0.1:443"); process.exit(3);'), autoLoginMinutes: 30 });
  await hook(h);
  await until('the failed login to be recorded', () => state(h).guard?.last);
  const next = await hook(h);
  assert.match(next.json?.systemMessage ?? '', /background login failed \(temporary problem: "Error: connect ECONNREFUSED 10\.0\.0\.1:443"\); next try in [45]m — /);
  assert.equal(loginRuns(h), 1);
});

test('the login ran but the expiry did not move: tell the user about force flags', async (t) => {
  const h = home(t, 10 * MIN);
  writeConfig(h, { autoLoginCmd: fakeLogin(h, 'console.log("Credentials are still valid, skipping");'), autoLoginMinutes: 30 });
  await hook(h);
  await until('the login to be recorded', () => state(h).lastLogin);
  const next = await hook(h);
  assert.match(next.json?.systemMessage ?? '', /auto-login ran but the expiry did not move: .*saml2aws login --force, aws-azure-login --force-refresh/);
});

test('a login already running (lock held) is reported, not started again', async (t) => {
  const h = home(t, 10 * MIN);
  writeConfig(h, { autoLoginCmd: fakeLogin(h, 'process.exit(0);'), autoLoginMinutes: 30 });
  const now = Date.now();
  // This test process is alive: the lock is held by a live pid on this host.
  const { hostname } = await import('node:os');
  h.write('.local/state/cc-aws-keepalive/work.lock', JSON.stringify({ pid: process.pid, host: hostname(), profile: 'work', startedAt: now - 30_000, deadline: now + 60_000, nonce: 'x' }));
  const r = await hook(h);
  assert.match(r.json?.systemMessage ?? '', /auto-login in progress \(started 3\ds ago\)/);
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(loginRuns(h), 0);
});

test('a login that cannot start is said on every prompt, and does not hold the rate limit', async (t) => {
  const h = home(t, 10 * MIN + 30_000);
  writeConfig(h, { autoLoginCmd: fakeLogin(h, 'process.exit(0);'), autoLoginMinutes: 30 });
  // The hook bundle alone, without auth-refresh.cjs next to it (a broken install).
  const lone = h.path('lone/prompt-submit.cjs');
  cpSync(`${DIST}/code/lazy`, h.path('lone/code/lazy'), { recursive: true });
  copyFileSync(`${DIST}/prompt-submit.cjs`, lone);
  copyFileSync(`${DIST}/code/prompt-submit.cjs`, h.path('lone/code/prompt-submit.cjs'));
  for (let i = 0; i < 2; i++) {
    const r = spawnSync(process.execPath, [lone], { env: { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1' }, input: PAYLOAD, encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.match(JSON.parse(r.stdout).systemMessage, /could not start auto-login \(.*auth-refresh\.cjs is missing; reinstall cc-aws-keepalive\) — run: saml2aws login/);
  }
  assert.equal(state(h).lastProactiveLoginAt, undefined);
  assert.equal(loginRuns(h), 0);
});

test('unknown expiry: the STS probe runs detached, the next prompt uses its verdict', async (t) => {
  const h = home(t, null);
  let calls = 0;
  const sts = createServer((req, res) => {
    calls++;
    req.resume();
    res.writeHead(403, { 'content-type': 'text/xml' });
    res.end('<ErrorResponse><Error><Code>ExpiredToken</Code><Message>The security token included in the request is expired</Message></Error></ErrorResponse>');
  });
  await new Promise<void>((r) => sts.listen(0, '127.0.0.1', r));
  t.after(() => sts.close());
  const env = { AWS_ENDPOINT_URL_STS: `http://127.0.0.1:${(sts.address() as AddressInfo).port}`, AWS_REGION: 'us-east-1' };

  const first = await hook(h, env);
  assert.equal(first.stdout, '', 'nothing known yet: silent, and the prompt is not delayed by the probe');
  const verdict = await until('the probe verdict', () => state(h).sts);
  assert.equal(verdict.valid, false);
  assert.equal(verdict.key, credentialFingerprint(KEY));
  const second = await hook(h, env);
  assert.match(second.json?.systemMessage ?? '', /^AWS session \(profile work\) was refused by AWS \d+s ago \(STS rejected the credentials \(ExpiredToken\)\) — run: saml2aws login/);
  assert.equal(calls, 1, 'the fresh verdict is reused, no second probe');
});

function writeConfig(h: FakeHome, extra: Record<string, unknown>) {
  h.write('.config/cc-aws-keepalive/config.json', JSON.stringify({ profile: 'work', loginCmd: 'saml2aws login --profile work', ...extra }));
}
