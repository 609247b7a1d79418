// When credentials are synced, through command targets (a program that gets the JSON on stdin): after a login we
// run (awsAuthRefresh, the background login, `cli.cjs login`), on a prompt only when the credentials changed, never
// for long-lived keys; a hanging target is killed at its deadline and changes no exit code; no secret anywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeFakeHome, type FakeHome } from '../../helpers/fake-home.ts';
import { ROOT, runEntry } from '../../helpers/run-entry.ts';
import { pidAlive } from '../../../src/io/login/lock.ts';

const FAKE_LOGIN = join(ROOT, 'tests', 'fixtures', 'bin', 'fake-login.mjs');
const SECRETS = /ASIA[A-Z0-9]{12}|oldsecret|freshsecret|oldtoken|freshtoken|SeCrEt-[a-z]+|ToKeN-[a-z]+/;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const credsText = (key: string, expiresAt: number, extra = '') =>
  `[dev]\naws_access_key_id = ${key}\naws_secret_access_key = SeCrEt-${key.slice(-4).toLowerCase()}x\naws_session_token = ToKeN-${key.slice(-4).toLowerCase()}x\nx_security_token_expires = ${iso(expiresAt)}\n${extra}`;

/** A command target that appends what it got on stdin (one JSON per line) to `<HOME>/<file>`. */
const recorder = (name: string, file: string) => ({ type: 'command', name, command: `cat >> "$HOME/${file}" && echo >> "$HOME/${file}"` });
const received = (h: FakeHome, file: string): Array<Record<string, any>> =>
  existsSync(h.path(file)) ? readFileSync(h.path(file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];

function home(t: Parameters<typeof makeFakeHome>[0], creds: string, config: Record<string, unknown>): FakeHome {
  return makeFakeHome(t, {
    '.aws/credentials': creds,
    '.config/cc-aws-keepalive/config.json': JSON.stringify({ profile: 'dev', ...config }),
  });
}

const state = (h: FakeHome) => JSON.parse(readFileSync(h.path('.local/state/cc-aws-keepalive/dev.json'), 'utf8'));

async function until<T>(what: string, fn: () => T | undefined | false, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const v = fn();
      if (v) return v;
    } catch {
      /* not there yet */
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Waits until the last detached sync run has recorded its end, so no process of ours outlives the test. */
const runsDone = (h: FakeHome) => until('the sync run to finish', () => {
  const s = state(h).sync;
  return s.doneAt >= s.startedAt;
});

/** Files under HOME that are not where credentials belong (the credentials file, what a target received). */
function assertNoSecretInHome(h: FakeHome, allowed: string[]): void {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  for (const f of walk(h.home)) {
    if (allowed.some((a) => f === h.path(a))) continue;
    assert.doesNotMatch(readFileSync(f, 'utf8'), SECRETS, `a secret in ${f}`);
  }
}

test('command target: gets the profile, credentials and expiry as JSON on stdin', async (t) => {
  const exp = Date.now() + 3 * 3600_000;
  const h = home(t, credsText('ASIACOMMANDTARGET001', exp), {
    syncTargets: [{ ...recorder('box', 'got.jsonl'), remoteProfile: 'remote-dev' }, { type: 'command', name: 'echoes', command: 'cat' }, { type: 'command', name: 'missing', command: 'no-such-program-xyz --flag' }],
  });
  const r = await runEntry('cli', { env: h.env, args: ['sync'] });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /✓ box: delivered to the command \(exit 0\)/);
  // A command that prints what it got: its output line is kept only with the secrets redacted.
  assert.match(r.stdout, /✓ echoes: delivered to the command \(exit 0\): .*\[redacted/);
  assert.match(r.stdout, /✗ missing: the command failed \(exit code 127\)/);
  assertNoSecretInHome(h, ['.aws/credentials', 'got.jsonl']);
  const doc = await runEntry('cli', { env: h.env, args: ['doctor'] });
  assert.match(doc.stdout, /✓ sync box: program found \(.*\/cat\)/);
  assert.match(doc.stdout, /✗ sync missing: "no-such-program-xyz" is not on PATH\n {4}fix: use the full path of the program/);
  // From Claude Code: the prompt hook answers `/aws-keepalive sync` with each target's result.
  const slash = await runEntry('prompt-submit', { env: h.env, stdin: JSON.stringify({ hook_event_name: 'UserPromptSubmit', prompt: '/aws-keepalive sync' }), timeoutMs: 10_000 });
  const reason = (JSON.parse(slash.stdout) as { reason: string }).reason;
  assert.match(reason, /Credential sync for profile "dev":\n✓ box: delivered to the command/);
  assert.doesNotMatch(slash.stdout, SECRETS);
  await runsDone(h);
  const got = received(h, 'got.jsonl');
  assert.equal(got.length, 2, 'once from the terminal, once from the slash command');
  assert.equal(got[0]!.profile, 'remote-dev');
  assert.deepEqual(got[0]!.credentials, { AccessKeyId: 'ASIACOMMANDTARGET001', SecretAccessKey: 'SeCrEt-t001x', SessionToken: 'ToKeN-t001x', Expiration: iso(exp) });
  assert.doesNotMatch(r.stdout + r.stderr, SECRETS);
});

test('after awsAuthRefresh logs in: every target syncs; a hanging one is killed at its deadline; the exit code stays 0', async (t) => {
  const h = home(t, credsText('ASIAOLDKEY0000000001', Date.now() - 60_000), {
    autoLoginCmd: `"${process.execPath}" "${FAKE_LOGIN}"`,
    loginTimeoutSeconds: 20,
    syncTargets: [recorder('good', 'good.jsonl'), { type: 'command', name: 'hangs', command: 'echo $$ > "$HOME/hang.pid"; exec sleep 300', timeoutSeconds: 2 }],
  });
  const env = { ...h.env, FAKE_LOGIN_PROFILE: 'dev', FAKE_LOGIN_KEY: 'ASIAFRESHKEY00000001' };
  const r = await runEntry('auth-refresh', { env, timeoutMs: 30_000 });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.ok(r.ms < 15_000, `awsAuthRefresh did not wait for the sync (${r.ms} ms)`);
  const got = await until('the good target', () => received(h, 'good.jsonl')[0]);
  assert.equal(got.credentials.AccessKeyId, 'ASIAFRESHKEY00000001');
  const hang = await until('the hanging target to be stopped', () => state(h).sync.targets.hangs);
  assert.equal(hang.result, 'error');
  assert.match(hang.message, /did not finish within 2 s and was stopped/);
  const pid = Number(readFileSync(h.path('hang.pid'), 'utf8'));
  await until('the hanging process to be gone', () => !pidAlive(pid), 10_000);
  assert.equal(state(h).sync.targets.good.result, 'ok');
  await runsDone(h);
  const st = await runEntry('cli', { env: h.env, args: ['status'] });
  assert.match(st.stdout, /good +ok .*: delivered to the command/);
  assert.match(st.stdout, /hangs +FAILED .*: the command did not finish within 2 s/);
  assert.doesNotMatch(r.stdout + r.stderr + st.stdout, SECRETS);
  assertNoSecretInHome(h, ['.aws/credentials', 'good.jsonl']);
});

test('after the background login and after `cli.cjs login`: the targets get the new keys', async (t) => {
  const h = home(t, credsText('ASIAOLDKEY0000000001', Date.now() + 5 * 60_000), {
    autoLoginCmd: `"${process.execPath}" "${FAKE_LOGIN}"`,
    autoLoginMinutes: 30,
    syncTargets: [recorder('a', 'a.jsonl')],
  });
  const env = { ...h.env, FAKE_LOGIN_PROFILE: 'dev', FAKE_LOGIN_KEY: 'ASIABACKGROUND000001' };
  assert.equal((await runEntry('auth-refresh', { env, args: ['--background'], timeoutMs: 30_000 })).code, 0);
  assert.equal((await until('the first sync', () => received(h, 'a.jsonl')[0])).credentials.AccessKeyId, 'ASIABACKGROUND000001');
  const login = await runEntry('cli', { env: { ...env, FAKE_LOGIN_KEY: 'ASIACLILOGIN00000001' }, args: ['login'], timeoutMs: 30_000 });
  assert.equal(login.code, 0, login.stdout);
  assert.equal((await until('the second sync', () => received(h, 'a.jsonl')[1])).credentials.AccessKeyId, 'ASIACLILOGIN00000001');
  assert.doesNotMatch(login.stdout + login.stderr, SECRETS);
  await runsDone(h);
});

test('prompts: unchanged credentials are not sent again; changed ones go once to each target; other profiles do not count', async (t) => {
  const exp = Date.now() + 4 * 3600_000;
  const h = home(t, credsText('ASIAPROMPTKEY0000001', exp), { syncTargets: [recorder('a', 'a.jsonl'), recorder('b', 'b.jsonl')] });
  const env = { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1' };
  const prompt = async () => {
    const r = await runEntry('prompt-submit', { env, stdin: '{"hook_event_name":"UserPromptSubmit","prompt":"hi"}' });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '', 'a healthy session says nothing');
    return r;
  };
  const settled = () => runsDone(h);
  await prompt();
  await until('the first sync', () => received(h, 'a.jsonl').length === 1 && received(h, 'b.jsonl').length === 1);
  await settled();

  await prompt();
  await sleep(1_500);
  assert.equal(received(h, 'a.jsonl').length + received(h, 'b.jsonl').length, 2, 'unchanged: no second sync');

  h.write('.aws/credentials', `${credsText('ASIAPROMPTKEY0000001', exp)}\n[other]\naws_access_key_id = AKIAOTHER\n`);
  await prompt();
  await settled();
  await sleep(500);
  assert.equal(received(h, 'a.jsonl').length + received(h, 'b.jsonl').length, 2, 'another profile changed: nothing sent');

  h.write('.aws/credentials', credsText('ASIAPROMPTKEY0000002', exp + 3600_000));
  await prompt();
  await until('the second sync', () => received(h, 'a.jsonl').length === 2 && received(h, 'b.jsonl').length === 2);
  await settled();
  await prompt();
  await sleep(1_500);
  assert.deepEqual([received(h, 'a.jsonl').length, received(h, 'b.jsonl').length], [2, 2], 'one sync per target per change');
  assert.equal(received(h, 'b.jsonl')[1]!.credentials.AccessKeyId, 'ASIAPROMPTKEY0000002');
  assertNoSecretInHome(h, ['.aws/credentials', 'a.jsonl', 'b.jsonl']);
});

test('two runs a moment apart (a prompt and a login): the second waits for the first and the newer keys win', async (t) => {
  const exp = Date.now() + 4 * 3600_000;
  // A slow target: the first run still holds its lock when the second starts.
  const slow = { type: 'command', name: 'slow', command: 'sleep 1; cat >> "$HOME/slow.jsonl" && echo >> "$HOME/slow.jsonl"' };
  const h = home(t, credsText('ASIARACEKEYAAAAAAAA1', exp), { syncTargets: [slow] });
  const first = runEntry('cli', { env: h.env, args: ['sync', '--auto'] });
  await until('the first run to take the lock', () => readdirSync(h.path('.local/state/cc-aws-keepalive')).some((f) => f.endsWith('.lock')), 10_000);
  h.write('.aws/credentials', credsText('ASIARACEKEYBBBBBBBB2', exp + 3600_000));
  const second = runEntry('cli', { env: h.env, args: ['sync', '--auto'] });
  assert.equal((await first).code, 0);
  assert.equal((await second).code, 0);
  assert.deepEqual(received(h, 'slow.jsonl').map((x) => x.credentials.AccessKeyId), ['ASIARACEKEYAAAAAAAA1', 'ASIARACEKEYBBBBBBBB2']);
  assert.equal(state(h).sync.targets.slow.result, 'ok');
});

test('sync with a broken syncTargets names the problem; without targets it says where to add them', async (t) => {
  const h = home(t, credsText('ASIABROKENCONFIG0001', Date.now() + 3600_000), { syncTargets: [{ type: 'ssh', host: 'box', password: 'hunter2' }] });
  const r = await runEntry('cli', { env: h.env, args: ['sync'] });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /config\.json: syncTargets\[0\]\.password: ssh targets take no password — use a key \(identityFile\) or your ssh-agent/);
  assert.doesNotMatch(r.stdout, /hunter2/);
  h.write('.config/cc-aws-keepalive/config.json', '{"profile":"dev"}');
  assert.match((await runEntry('cli', { env: h.env, args: ['sync'] })).stdout, /no syncTargets in .*config\.json — see docs\/sync\.md/);
});

test('long-lived keys (no session token) are never synced; status says why', async (t) => {
  const h = home(t, '[dev]\naws_access_key_id = AKIALONGLIVED0000001\naws_secret_access_key = SeCrEt-longlived\n', { syncTargets: [recorder('a', 'a.jsonl')] });
  const r = await runEntry('cli', { env: h.env, args: ['sync'] });
  assert.match(r.stdout, /! a: profile "dev" holds long-lived keys \(no aws_session_token\), which are never synced/);
  await runEntry('prompt-submit', { env: { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1' }, stdin: '{"hook_event_name":"UserPromptSubmit","prompt":"hi"}' });
  await runsDone(h);
  assert.equal(existsSync(h.path('a.jsonl')), false);
  const st = await runEntry('cli', { env: h.env, args: ['status'] });
  assert.match(st.stdout, /a +skipped just now: profile "dev" holds long-lived keys/);
  assert.doesNotMatch(r.stdout + st.stdout, /SeCrEt|AKIALONGLIVED/);
});

test('a profile the AWS CLI serves (IAM Identity Center) is skipped with the reason', async (t) => {
  const h = home(t, '', { syncTargets: [recorder('a', 'a.jsonl')] });
  h.write('.aws/config', '[profile dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Dev\n[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n');
  const r = await runEntry('cli', { env: h.env, args: ['sync'] });
  assert.match(r.stdout, /! a: profile "dev" gets its credentials from the AWS CLI \(sso\); sync sends keys from .*\.aws\/credentials only/);
  assert.equal(existsSync(h.path('a.jsonl')), false);
});
