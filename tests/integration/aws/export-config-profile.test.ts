// Profiles that live in ~/.aws/config (aws sso login, aws login, credential_process): the export asks the AWS CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { ROOT, runEntry } from '../../helpers/run-entry.ts';

const CONFIG = '[profile corp]\nsso_session = corp\nsso_account_id = 1\nsso_role_name = r\n[sso-session corp]\nsso_start_url = https://x.awsapps.com/start\n';
const withFakeAws = (env: Record<string, string>) => ({ ...env, PATH: `${ROOT}tests/fixtures/bin:${env.PATH}` });

test('SSO profile: credentials come from `aws configure export-credentials`, with Expiration', async (t) => {
  const h = makeFakeHome(t, { '.aws/config': CONFIG });
  const log = h.path('aws.log');
  const r = await runEntry('export-credentials', { env: { ...withFakeAws(h.env), AWS_PROFILE: 'corp', FAKE_AWS_LOG: log } });
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.match(out.Credentials.AccessKeyId, /^ASIAFAKESSO/);
  assert.equal(out.Credentials.SessionToken, 'FakeSsoSessionToken==');
  assert.ok(Date.parse(out.Credentials.Expiration) > Date.now() + 50 * 60_000);
  assert.equal(readFileSync(log, 'utf8').trim(), 'configure export-credentials --profile corp --format process');
});

test('SSO token expired: the CLI\'s reason and `aws sso login` as the fix, exit 1', async (t) => {
  const h = makeFakeHome(t, { '.aws/config': CONFIG });
  const r = await runEntry('export-credentials', { env: { ...withFakeAws(h.env), AWS_PROFILE: 'corp', FAKE_AWS_MODE: 'expired-token' } });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /Token has expired and refresh failed — run: aws sso login --profile corp/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});

test('AWS CLI missing: says so and what to do', async (t) => {
  const h = makeFakeHome(t, { '.aws/config': CONFIG });
  const r = await runEntry('export-credentials', { env: { ...h.env, PATH: '/nonexistent', AWS_PROFILE: 'corp' } });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /"aws" is not on PATH — install the AWS CLI v2/);
});

test('keys in ~/.aws/credentials win over a config profile of the same name, and the CLI is not run', async (t) => {
  const h = makeFakeHome(t, {
    '.aws/config': CONFIG,
    '.aws/credentials': '[corp]\naws_access_key_id = ASIAFILEKEY\naws_secret_access_key = s\naws_session_token = t\n',
  });
  const log = h.path('aws.log');
  const r = await runEntry('export-credentials', { env: { ...withFakeAws(h.env), AWS_PROFILE: 'corp', FAKE_AWS_LOG: log } });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).Credentials.AccessKeyId, 'ASIAFILEKEY');
  assert.throws(() => readFileSync(log));
});

test('a profile in neither file is an error naming the credentials file', async (t) => {
  const h = makeFakeHome(t, { '.aws/config': CONFIG, '.aws/credentials': '[other]\naws_access_key_id=A\naws_secret_access_key=B\naws_session_token=C\n' });
  const r = await runEntry('export-credentials', { env: { ...withFakeAws(h.env), AWS_PROFILE: 'nope' } });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /profile "nope" is not in .*credentials/);
});

test('awsAuthRefresh on an SSO profile: runs `aws sso login` as autoLoginCmd, then confirms through the CLI', async (t) => {
  const h = makeFakeHome(t, {
    '.aws/config': CONFIG,
    '.config/cc-aws-keepalive/config.json': JSON.stringify({ profile: 'corp', autoLoginCmd: 'aws sso login --profile corp', loginTimeoutSeconds: 20 }),
  });
  const env = { ...withFakeAws(h.env), FAKE_AWS_SSO_MARKER: h.path('sso-logged-in') };
  const r = await runEntry('auth-refresh', { env, timeoutMs: 30_000 });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /Successfully logged into Start URL/);
  assert.match(r.stdout, /Credentials refreshed \(valid for (59m|1h00m)\)/);
});

test('awsAuthRefresh on an SSO profile without autoLoginCmd: exit 1 naming `aws sso login`', async (t) => {
  const h = makeFakeHome(t, { '.aws/config': CONFIG, '.config/cc-aws-keepalive/config.json': '{"profile":"corp"}' });
  const env = { ...withFakeAws(h.env), FAKE_AWS_SSO_MARKER: h.path('sso-logged-in') };
  const r = await runEntry('auth-refresh', { env, timeoutMs: 30_000 });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /aws sso login --profile corp/);
});

test('legacy SSO profile: the token\'s expiry drives the status line timer and the prompt warning', async (t) => {
  const { createHash } = await import('node:crypto');
  const start = 'https://legacy.awsapps.com/start';
  const h = makeFakeHome(t, {
    '.aws/config': `[profile old]\nsso_start_url = ${start}\nsso_account_id = 1\nsso_role_name = r\n`,
    [`.aws/sso/cache/${createHash('sha1').update(start).digest('hex')}.json`]: JSON.stringify({ accessToken: 'x', expiresAt: new Date(Date.now() + 20 * 60_000 + 30_000).toISOString() }),
    '.config/cc-aws-keepalive/config.json': '{"profile":"old"}',
  });
  const status = await runEntry('statusline', { env: h.env, stdin: '{}' });
  assert.equal(status.stdout, 'AWS: 20m\n');
  const hook = await runEntry('prompt-submit', { env: { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1' }, stdin: '{"hook_event_name":"UserPromptSubmit","prompt":"hi"}' });
  assert.match(JSON.parse(hook.stdout).systemMessage, /AWS session \(profile old\) expires in 20m — run: aws sso login --profile old/);
});

test('IAM Identity Center token expired with no refresh token and no AWS CLI: the reason it cannot be renewed, not "install the CLI"', async (t) => {
  const config = '[profile corp]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Dev\n[sso-session corp]\nsso_start_url = https://x.awsapps.com/start\nsso_region = eu-west-1\n';
  const token = JSON.stringify({ startUrl: 'https://x.awsapps.com/start', region: 'eu-west-1', accessToken: 'a', expiresAt: new Date(Date.now() - 60_000).toISOString() });
  const h = makeFakeHome(t, { '.aws/config': config, '.aws/sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json': token });
  const r = await runEntry('export-credentials', { env: { ...h.env, PATH: '/nonexistent', AWS_PROFILE: 'corp' } });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /the SSO token of profile "corp" has expired and cannot be renewed here \(the SSO token has no refresh token\)/);
  assert.doesNotMatch(r.stderr, /install the AWS CLI/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});
