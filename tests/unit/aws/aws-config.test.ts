import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parseAwsIni } from '../../../src/core/aws/aws-ini.ts';
import { configProfile, parseProcessCredentials, ssoTokenExpiry } from '../../../src/core/aws/aws-config.ts';

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
const CONFIG = `[default]
region = us-east-1
[profile sso-new]
sso_session = corp
sso_account_id = 111122223333
sso_role_name = Bedrock
[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1
[profile sso-legacy]
sso_start_url = https://legacy.awsapps.com/start
sso_account_id = 1
[profile web]
login_session = arn:aws:iam::1:user/me
[profile proc]
credential_process = /usr/bin/get-creds
[profile role]
role_arn = arn:aws:iam::1:role/x
source_profile = default
`;

test('configProfile: kind and SSO token cache file name as the AWS CLI computes it', () => {
  const ini = parseAwsIni(CONFIG);
  assert.deepEqual(
    { kind: configProfile(ini, 'sso-new')?.kind, file: configProfile(ini, 'sso-new')?.ssoTokenFile },
    { kind: 'sso', file: `${sha1('corp')}.json` },
  );
  assert.equal(configProfile(ini, 'sso-legacy')?.ssoTokenFile, `${sha1('https://legacy.awsapps.com/start')}.json`);
  assert.equal(configProfile(ini, 'web')?.kind, 'login');
  assert.equal(configProfile(ini, 'proc')?.kind, 'process');
  assert.equal(configProfile(ini, 'role')?.kind, 'role');
  assert.equal(configProfile(ini, 'default')?.kind, 'other');
  assert.equal(configProfile(ini, 'missing'), null);
  // `[corp]` in the config file is not the profile "corp": profiles there are `[profile corp]`.
  assert.equal(configProfile(ini, 'corp'), null);
});

test('ssoTokenExpiry: hard expiry for legacy tokens, unknown for self-refreshing ones', () => {
  assert.equal(ssoTokenExpiry(JSON.stringify({ accessToken: 'x', expiresAt: '2026-11-24T10:00:00Z' }), 'f').expiresAt, Date.UTC(2026, 10, 24, 10));
  const refreshing = ssoTokenExpiry(JSON.stringify({ accessToken: 'x', expiresAt: '2026-11-24T10:00:00Z', refreshToken: 'r' }), 'f');
  assert.equal(refreshing.expiresAt, null);
  assert.match(refreshing.reason, /renews itself/);
  assert.match(ssoTokenExpiry(null, '/h/.aws/sso/cache/x.json').reason, /aws sso login/);
  assert.match(ssoTokenExpiry('{', 'f').reason, /not valid JSON/);
  assert.equal(ssoTokenExpiry('{"expiresAt":"soon"}', 'f').expiresAt, null);
});

test('parseProcessCredentials never echoes what it was given', () => {
  const good = parseProcessCredentials('{"Version":1,"AccessKeyId":"A","SecretAccessKey":"S","SessionToken":"T","Expiration":"2026-11-24T10:00:00Z"}');
  assert.deepEqual(good, { accessKeyId: 'A', secretAccessKey: 'S', sessionToken: 'T', expiresAt: Date.UTC(2026, 10, 24, 10) });
  assert.equal(parseProcessCredentials('nope SECRET'), 'the AWS CLI did not print JSON');
  assert.match(String(parseProcessCredentials('{"AccessKeyId":"A","SecretAccessKey":"SECRET"}')), /without a session token/);
});
