// Spawns the shipped bundle the way Claude Code runs awsCredentialExport: fake HOME, explicit env, stdout a pipe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { DIST, runEntry } from '../../helpers/run-entry.ts';

const KEYS = 'aws_access_key_id = ASIAFAKEKEY000000WXYZ\naws_secret_access_key = fakeSecretKey/abc+def\naws_session_token = FwoGZXIvYXdzEFake+Token/123==\n';
const future = new Date(Date.now() + 3 * 3600_000);
const past = new Date(Date.now() - 3600_000);
const noSecrets = (s: string) => {
  for (const secret of ['ASIAFAKEKEY000000WXYZ', 'fakeSecretKey', 'FwoGZXIvYXdzEFake']) assert.ok(!s.includes(secret), `secret leaked: ${s}`);
};

const secondsIso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const providers: Array<[string, string, Date]> = [
  ['saml2aws (RFC 3339, local offset)', `x_security_token_expires = ${secondsIso(future).replace('Z', '+00:00')}`, future],
  ['gimme-aws-creds', `x_security_token_expires = ${secondsIso(future).replace('Z', '+00:00')}`, future],
  ['aws-google-auth (+0000)', `aws_session_expiration = ${secondsIso(future).replace('Z', '+0000')}`, future],
  ['aws-azure-login (.000Z)', `aws_expiration = ${future.toISOString()}`, future],
  ['aws-vault export', `aws_credential_expiration = ${secondsIso(future)}`, future],
  ['Claude Code with Bedrock credential provider', `x-expiration = ${secondsIso(future)}`, future],
  ['awsmyid (unix seconds)', `awsmyid_session_expiration = ${Math.floor(future.getTime() / 1000)}`, future],
  ['unix milliseconds', `expiration = ${future.getTime()}`, future],
];

test('prints STS-shaped JSON with Expiration for every provider format', async (t) => {
  for (const [name, line, when] of providers) {
    await t.test(name, async (tt) => {
      const h = makeFakeHome(tt, { '.aws/credentials': `[work]\n${KEYS}${line}\n` });
      const r = await runEntry('export-credentials', { env: { ...h.env, AWS_PROFILE: 'work' } });
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.equal(out.Credentials.AccessKeyId, 'ASIAFAKEKEY000000WXYZ');
      assert.equal(out.Credentials.SessionToken, 'FwoGZXIvYXdzEFake+Token/123==');
      assert.equal(Math.floor(Date.parse(out.Credentials.Expiration) / 1000), Math.floor(when.getTime() / 1000));
    });
  }
  await t.test('aws-sso-cli "# Expires:" comment', async (tt) => {
    const h = makeFakeHome(tt, { '.aws/credentials': `[work]\n# Expires: ${secondsIso(future)}\n${KEYS}` });
    const r = await runEntry('export-credentials', { env: { ...h.env, CC_KEEPALIVE_PROFILE: 'work' } });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(Date.parse(JSON.parse(r.stdout).Credentials.Expiration), Date.parse(secondsIso(future)));
  });
  await t.test('no expiry field (onelogin, Leapp): credentials without Expiration', async (tt) => {
    const h = makeFakeHome(tt, { '.aws/credentials': `[default]\n${KEYS}` });
    const r = await runEntry('export-credentials', { env: h.env });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).Credentials.Expiration, undefined);
  });
});

test('profile from config, then CC_KEEPALIVE_PROFILE overrides it; config.toml works', async (t) => {
  const creds = `[a]\n${KEYS.replace('WXYZ', 'AAAA')}[b]\n${KEYS.replace('WXYZ', 'BBBB')}`;
  const h = makeFakeHome(t, { '.aws/credentials': creds, '.config/cc-aws-keepalive/config.toml': 'profile = "a"\n' });
  let r = await runEntry('export-credentials', { env: { ...h.env, AWS_PROFILE: 'b' } });
  assert.equal(r.code, 0, r.stderr);
  assert.match(JSON.parse(r.stdout).Credentials.AccessKeyId, /AAAA$/);
  r = await runEntry('export-credentials', { env: { ...h.env, CC_KEEPALIVE_PROFILE: 'b' } });
  assert.match(JSON.parse(r.stdout).Credentials.AccessKeyId, /BBBB$/);
});

test('bad input: one line on stderr naming the file and the fix, no stack trace, no secret', async (t) => {
  const cases: Array<[string, Record<string, string>, Record<string, string>, RegExp]> = [
    ['credentials file missing', {}, {}, /\.aws\/credentials does not exist — log in/],
    ['profile missing, never another account', { '.aws/credentials': `[prod]\n${KEYS}` }, { AWS_PROFILE: 'prd' }, /profile "prd" is not in .*\.aws\/credentials — did you mean "prod"\?/],
    ['no session token', { '.aws/credentials': '[default]\naws_access_key_id = A\naws_secret_access_key = B\n' }, {}, /has no aws_session_token — Claude Code rejects/],
    ['no keys', { '.aws/credentials': '[default]\nregion = us-east-1\n' }, {}, /has no aws_access_key_id/],
    ['expired on disk', { '.aws/credentials': `[default]\n${KEYS}x_security_token_expires = ${past.toISOString()}\n`, '.config/cc-aws-keepalive/config.json': '{"loginCmd":"saml2aws login --force"}' }, {}, /expired 1h00m ago — run: saml2aws login --force/],
    ['credentials path is a directory', { '.aws/credentials/x': '' }, {}, /credentials is a directory/],
    ['both config files', { '.aws/credentials': `[default]\n${KEYS}`, '.config/cc-aws-keepalive/config.json': '{}', '.config/cc-aws-keepalive/config.toml': '' }, {}, /both .*config\.json and .*config\.toml exist/],
  ];
  for (const [name, files, env, pattern] of cases) {
    await t.test(name, async (tt) => {
      const h = makeFakeHome(tt, files);
      const r = await runEntry('export-credentials', { env: { ...h.env, ...env } });
      const firstStderrLine = r.stderr.split('\n')[0]!;
      assert.match(r.stderr, pattern);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      assert.ok(firstStderrLine.startsWith('cc-aws-keepalive: '));
      noSecrets(r.stderr);
    });
  }
});

test('huge credentials file is refused quickly with a message', async (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': `[default]\n${KEYS}${'# padding\n'.repeat(500_000)}` });
  const r = await runEntry('export-credentials', { env: h.env });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /too large/);
});

test('a broken config still exports (defaults) and says why on stderr', async (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': `[default]\n${KEYS}`, '.config/cc-aws-keepalive/config.json': '{"profile": "default",,}' });
  const r = await runEntry('export-credentials', { env: h.env });
  assert.equal(r.code, 0);
  assert.match(r.stderr, /config\.json:1:\d+: not valid JSON/);
  assert.equal(JSON.parse(r.stdout).Credentials.AccessKeyId, 'ASIAFAKEKEY000000WXYZ');
});

test('run by a person in a terminal: a redacted summary, never the secrets', (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': `[default]\n${KEYS}x_security_token_expires = ${future.toISOString()}\n` });
  // `script` gives the child a real TTY on stdout.
  const r = spawnSync('script', ['-qec', `node ${DIST}/export-credentials.cjs`, '/dev/null'], { env: h.env, encoding: 'utf8', timeout: 20_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /access key …WXYZ/);
  assert.match(r.stdout, /in 2h59m|in 3h00m/);
  noSecrets(r.stdout);
});

test('a broken config.toml: the bundled TOML parser reports line and column, defaults are used', async (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': `[default]\n${KEYS}`, '.config/cc-aws-keepalive/config.toml': 'warnMinutes = 10\nprofile = \n' });
  const r = await runEntry('export-credentials', { env: h.env });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /config\.toml:2:\d+: not valid TOML \(Unexpected character/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});
