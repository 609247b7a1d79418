// IAM Identity Center sign-ins learned from the token cache (core/aws/sso-session.ts), the portal call (core/aws/sso-portal.ts)
// and the CLI's cache file names (pure SHA-1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parseAwsIni } from '../../../src/core/aws/aws-ini.ts';
import { configProfile } from '../../../src/core/aws/aws-config.ts';
import { sha1Hex } from '../../../src/core/aws/sha1.ts';
import { observeToken, sessionExpiry, type SsoSessionRecord } from '../../../src/core/aws/sso-session.ts';
import { classifyPortalResponse, parseRoleCache, portalUrl, roleCacheEntry } from '../../../src/core/aws/sso-portal.ts';

const url = (e: ReturnType<typeof portalUrl>): URL => {
  assert.ok(e.ok, JSON.stringify(e));
  return e.url;
};

const H = 3600_000;
const M = 60_000;
const T0 = Date.UTC(2026, 11, 2, 9, 0);
const rec = (o: Partial<SsoSessionRecord> = {}): SsoSessionRecord => ({ signInAt: T0, how: 'seen', tokenExpiresAt: T0 + H, refreshKey: 'r1', ...o });

test('sha1Hex matches node:crypto, multi-block and non-ASCII included', () => {
  for (const s of ['', 'corp', 'https://x.awsapps.com/start', 'a'.repeat(55), 'b'.repeat(64), 'é漢🎉'.repeat(40)]) {
    assert.equal(sha1Hex(s), createHash('sha1').update(s).digest('hex'));
  }
});

test('first sight: the sign-in is taken as the token file\'s write time, marked as not witnessed', () => {
  const r = observeToken(null, { expiresAt: T0 + 2 * H, writtenAt: T0 + H, refreshKey: 'r1' }, 8 * H);
  assert.equal(r.changed, true);
  assert.deepEqual([r.record.signInAt, r.record.how], [T0 + H, 'first-sight']);
  const e = sessionExpiry(r.record, 8, 'corp');
  assert.equal(e.expiresAt, T0 + 9 * H);
  assert.equal(e.estimate, true);
  assert.match(e.source.kind === 'derived' ? e.source.what : '', /token first seen 10:00 UTC, sign-in not witnessed, \+ ssoSessionHours 8/);
});

test('a renewal in the last 15 minutes keeps the sign-in time, even with a rotated refresh token', () => {
  const same = observeToken(rec(), { expiresAt: T0 + 2 * H - 10 * M, writtenAt: T0 + H - 10 * M, refreshKey: 'r1' }, 8 * H);
  assert.equal(same.record.signInAt, T0);
  const rotated = observeToken(rec(), { expiresAt: T0 + 2 * H - 5 * M, writtenAt: T0 + H - 5 * M, refreshKey: 'r2' }, 8 * H);
  assert.equal(rotated.record.signInAt, T0);
  assert.equal(rotated.record.refreshKey, 'r2');
  // A renewal after the access token ran out (the SDK and CLI both renew expired tokens) is still a renewal.
  assert.equal(observeToken(rec(), { expiresAt: T0 + 4 * H, writtenAt: T0 + 3 * H, refreshKey: 'r1' }, 8 * H).record.signInAt, T0);
});

test('a new token while the old one had more than 15 minutes left is a sign-in (nothing renews that early)', () => {
  const r = observeToken(rec(), { expiresAt: T0 + H + 30 * M, writtenAt: T0 + 30 * M, refreshKey: 'r9' }, 8 * H);
  assert.deepEqual([r.record.signInAt, r.record.how], [T0 + 30 * M, 'seen']);
});

test('after a refusal, the next token is a sign-in; a new refresh token past the estimated end is one too', () => {
  const afterRefusal = observeToken(rec({ refusedAt: T0 + 8 * H, refusedReason: 'x' }), { expiresAt: T0 + 9 * H, writtenAt: T0 + 8 * H + M, refreshKey: 'r1' }, 8 * H);
  assert.equal(afterRefusal.record.signInAt, T0 + 8 * H + M);
  assert.equal(afterRefusal.record.refusedAt, undefined);
  const pastEnd = observeToken(rec({ tokenExpiresAt: T0 + 8 * H + 5 * M }), { expiresAt: T0 + 9 * H + 10 * M, writtenAt: T0 + 8 * H + 10 * M, refreshKey: 'r5' }, 8 * H);
  assert.equal(pastEnd.record.signInAt, T0 + 8 * H + 10 * M);
});

test('unchanged token: nothing to write; a refusal replaces the estimate with the truth', () => {
  assert.equal(observeToken(rec(), { expiresAt: T0 + H, writtenAt: T0 + 5 * M, refreshKey: 'r1' }, 8 * H).changed, false);
  const e = sessionExpiry(rec({ refusedAt: T0 + 5 * H, refusedReason: 'UnauthorizedException: Session token not found or invalid' }), 8, 'corp');
  assert.equal(e.expiresAt, T0 + 5 * H);
  assert.equal(e.estimate, undefined);
});

test('portal endpoint: AWS_ENDPOINT_URL_SSO, then AWS_ENDPOINT_URL, then portal.sso.<region>', () => {
  assert.equal(url(portalUrl({}, 'eu-west-1', '111', 'Bedrock User')).href, 'https://portal.sso.eu-west-1.amazonaws.com/federation/credentials?account_id=111&role_name=Bedrock+User');
  assert.equal(url(portalUrl({}, 'cn-north-1', '1', 'r')).host, 'portal.sso.cn-north-1.amazonaws.com.cn');
  assert.equal(url(portalUrl({ AWS_ENDPOINT_URL: 'http://127.0.0.1:9/', AWS_ENDPOINT_URL_SSO: 'http://127.0.0.1:8' }, 'x', '1', 'r')).host, '127.0.0.1:8');
  assert.equal(url(portalUrl({ AWS_ENDPOINT_URL: 'http://127.0.0.1:9/base' }, 'x', '1', 'r')).pathname, '/base/federation/credentials');
  assert.equal(url(portalUrl({ AWS_ENDPOINT_URL_SSO: 'http://127.0.0.1:8', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' }, 'us-east-1', '1', 'r')).host, 'portal.sso.us-east-1.amazonaws.com');
});

test('portal answers: credentials, a refused token, other errors; never echoing a secret', () => {
  const okBody = JSON.stringify({ roleCredentials: { accessKeyId: 'ASIAX', secretAccessKey: 'SECRET', sessionToken: 'TOKEN', expiration: T0 + H } });
  const a = classifyPortalResponse(200, okBody);
  assert.equal(a.kind === 'ok' && a.expiresAt, T0 + H);
  const refused = classifyPortalResponse(401, '{"message":"Session token not found or invalid","__type":"com.amazonaws.switchboard.portal#UnauthorizedException"}');
  assert.deepEqual(refused, { kind: 'refused', reason: 'UnauthorizedException: Session token not found or invalid' });
  assert.equal(classifyPortalResponse(403, '{"message":"No access","__type":"ForbiddenException"}').kind, 'error');
  assert.equal(classifyPortalResponse(200, '{"roleCredentials":{"accessKeyId":"A"}}').kind, 'error');
  // What we write to the CLI's cache reads back as the CLI's format.
  const back = parseRoleCache(roleCacheEntry(a as Extract<typeof a, { kind: 'ok' }>, '111'));
  assert.deepEqual([back?.accessKeyId, back?.expiry.expiresAt], ['ASIAX', T0 + H]);
});

test('configProfile: the role and the CLI\'s role cache file name (sha1 of the sorted compact JSON)', () => {
  const ini = parseAwsIni('[profile a]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Bedrock\n[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n[profile old]\nsso_start_url = https://old.awsapps.com/start\nsso_region = us-east-1\nsso_account_id = 1\nsso_role_name = r\n');
  const a = configProfile(ini, 'a')!.sso!;
  assert.equal(a.region, 'eu-west-1');
  const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
  assert.equal(a.roleCacheFile, `${sha1('{"accountId":"111122223333","roleName":"Bedrock","sessionName":"corp"}')}.json`);
  assert.equal(configProfile(ini, 'old')!.sso!.roleCacheFile, `${sha1('{"accountId":"1","roleName":"r","startUrl":"https://old.awsapps.com/start"}')}.json`);
});

test('sha256Hex (aws login cache names) matches node:crypto', async () => {
  const { sha256Hex } = await import('../../../src/core/aws/sha256.ts');
  for (const s of ['', 'arn:aws:iam::0123456789012:user/username', 'a'.repeat(55), 'b'.repeat(64), 'é漢🎉'.repeat(40)]) {
    assert.equal(sha256Hex(s), createHash('sha256').update(s).digest('hex'));
  }
});

test('older AWS CLI token caches (`…UTC` instead of `Z`) are read, not taken as unknown', async () => {
  const { ssoTokenExpiry } = await import('../../../src/core/aws/aws-config.ts');
  assert.equal(ssoTokenExpiry('{"accessToken":"x","expiresAt":"2020-06-17T10:18:08UTC"}', 'f').expiresAt, Date.UTC(2020, 5, 17, 10, 18, 8));
  assert.equal(parseRoleCache('{"Credentials":{"AccessKeyId":"A","SecretAccessKey":"S","SessionToken":"T","Expiration":"2020-06-17T10:18:08UTC"}}')?.expiry.expiresAt, Date.UTC(2020, 5, 17, 10, 18, 8));
});
