// The first `/aws-keepalive setup` (and the post-install command) on a machine with several profiles and login
// tools: it proposes, writes only what is certain or what --yes / --profile / --login confirm, never asks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { cachePluginDir, copyPlugin, runScript } from '../../helpers/plugin-copy.ts';

const FIXTURES = new URL('../../fixtures/bin/', import.meta.url).pathname;
const later = new Date(Date.now() + 3 * 3600_000).toISOString();
const AWS_CONFIG = '[profile corp]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Dev\nregion = eu-west-1\n[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n[profile work]\nregion = us-east-1\n';
const CREDENTIALS = `[work]\naws_access_key_id = ASIAWORK000000000001\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${later}\n[old]\naws_access_key_id = AKIAOLD0000000000001\naws_secret_access_key = s\n`;

function machine(t: Parameters<typeof makeFakeHome>[0], files: Record<string, string>, programs: string[]) {
  const h = makeFakeHome(t, files);
  const bin = h.path('bin');
  mkdirSync(bin);
  for (const p of programs) {
    if (p === 'aws') symlinkSync(join(FIXTURES, 'aws'), join(bin, 'aws'));
    else {
      h.write(`bin/${p}`, '#!/bin/sh\nexit 0\n');
      chmodSync(join(bin, p), 0o755);
    }
  }
  const root = copyPlugin(cachePluginDir(h.path('.claude'), '0.1.0'));
  const env = { ...h.env, PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`, FAKE_AWS_SSO_MARKER: h.path('sso-marker') };
  const run = (entry: 'install' | 'cli', ...args: string[]) => runScript(join(root, 'dist', `${entry}.cjs`), { env, args: entry === 'cli' ? ['setup', ...args] : args });
  const config = () => JSON.parse(readFileSync(h.path('.config/cc-aws-keepalive/config.json'), 'utf8')) as Record<string, unknown>;
  return { h, run, config };
}

test('several profiles and tools: the post-install command proposes, wires settings.json, and leaves the choice to --yes', async (t) => {
  const { h, run, config } = machine(t, { '.aws/config': AWS_CONFIG, '.aws/credentials': CREDENTIALS }, ['saml2aws', 'gimme-aws-creds', 'aws']);
  const r = await run('install');
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /AWS profiles: corp \(IAM Identity Center \(aws sso login\)\), work \(temporary keys .*\), old \(long-lived access keys/);
  assert.match(r.stdout, /login tools on PATH: saml2aws, gimme-aws-creds, aws-sso, aws-login/);
  assert.match(r.stdout, /profile "work": the first of 2 whose credentials expire/);
  assert.match(r.stdout, /take it: \/aws-keepalive setup --yes, or choose: another profile: --profile corp; another login tool: --login gimme-aws-creds/);
  assert.equal(config().profile, '', 'nothing chosen for the user');
  assert.ok(JSON.parse(readFileSync(h.path('.claude/settings.json'), 'utf8')).awsCredentialExport);

  const yes = await run('cli', '--yes');
  assert.equal(yes.code, 0, yes.stdout);
  const c = config();
  assert.equal(c.profile, 'work');
  assert.equal(c.loginCmd, 'saml2aws login --profile work');
  assert.equal(c.expirationField, 'x_security_token_expires');
  assert.match(yes.stdout, /store your IdP password in the keychain once/);
  assert.doesNotMatch(yes.stdout, /Testing autoLoginCmd/, 'no login test before the password is stored');

  const again = await run('cli');
  assert.doesNotMatch(again.stdout, /First setup/, 'a configured setup proposes nothing');
});

test('one IAM Identity Center profile: written without a question, and its login tested as Claude Code runs it', async (t) => {
  const { run, config } = machine(t, { '.aws/config': AWS_CONFIG.replace(/\[profile work\][^[]*/, '') }, ['aws']);
  const r = await run('cli');
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /profile "corp": the only one whose credentials expire/);
  assert.match(r.stdout, /login: aws-sso, the AWS CLI's own sign-in for this profile/);
  const c = config();
  assert.equal(c.profile, 'corp');
  assert.match(String(c.autoLoginCmd), /aws sso login --profile corp$/);
  assert.match(r.stdout, /Testing autoLoginCmd for AWS profile "corp" as Claude Code runs it/);
});

test('the post-install command tests the login it just wrote, as /aws-keepalive setup does', async (t) => {
  const { run, config } = machine(t, { '.aws/config': AWS_CONFIG.replace(/\[profile work\][^[]*/, '') }, ['aws']);
  const r = await run('install');
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(String(config().autoLoginCmd), /aws sso login --profile corp$/);
  assert.match(r.stdout, /^cc-aws-keepalive \S+ \(/, 'the banner comes first');
  assert.match(r.stdout, /Testing autoLoginCmd for AWS profile "corp" as Claude Code runs it/);
});

test('--profile and --login on an empty machine: written as asked (the login tool makes the profile later)', async (t) => {
  const { run, config } = machine(t, {}, ['saml2aws']);
  const r = await run('cli', '--profile', 'bedrock', '--login', 'saml2aws');
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual([config().profile, config().loginCmd], ['bedrock', 'saml2aws login --profile bedrock']);
  assert.match(r.stdout, /\+ awsCredentialExport/);
});

test('a config that exists but names no profile is proposed to, never edited without --yes; a broken one is refused', async (t) => {
  const blank = '{ "warnMinutes": 45 }\n';
  const { h, run } = machine(t, { '.aws/credentials': CREDENTIALS, '.config/cc-aws-keepalive/config.json': blank }, []);
  const r = await run('cli');
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /profile "work": the only one whose credentials expire/);
  assert.match(r.stdout, /take it: \/aws-keepalive setup --yes/);
  assert.equal(readFileSync(h.path('.config/cc-aws-keepalive/config.json'), 'utf8'), blank);
  const yes = await run('cli', '--yes');
  assert.equal(yes.code, 0, yes.stdout);
  assert.deepEqual(JSON.parse(readFileSync(h.path('.config/cc-aws-keepalive/config.json'), 'utf8')), { warnMinutes: 45, profile: 'work' });

  const broken = '{ "warnMinutes": 45,, }\n';
  h.write('.config/cc-aws-keepalive/config.json', broken);
  const refused = await run('cli', '--yes');
  assert.equal(refused.code, 1);
  assert.match(refused.stdout, /config\.json:1:\d+: not a JSON object of settings — fix it first/);
  assert.equal(readFileSync(h.path('.config/cc-aws-keepalive/config.json'), 'utf8'), broken);
});
