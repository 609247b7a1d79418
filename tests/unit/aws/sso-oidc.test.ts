// Renewing an SSO access token (core/aws/sso-oidc.ts): when, with what, what the answer means, what is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyCreateToken, createTokenBody, OIDC_RENEW_WINDOW_MS, planRenewal, renewedTokenText } from '../../../src/core/aws/sso-oidc.ts';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const iso = (t: number) => new Date(t).toISOString();
const file = (o: Record<string, unknown> = {}) =>
  JSON.stringify({ startUrl: 'https://c/start', region: 'eu-west-1', accessToken: 'a', expiresAt: iso(NOW - 1), clientId: 'cid', clientSecret: 'cs', registrationExpiresAt: iso(NOW + 86400_000), refreshToken: 'r', ...o });

test('renew when expired or inside the SDK window, with the registration; fresh otherwise', () => {
  assert.equal(planRenewal(file({ expiresAt: iso(NOW + OIDC_RENEW_WINDOW_MS + 1000) }), NOW).kind, 'fresh');
  assert.deepEqual(planRenewal(file({ expiresAt: iso(NOW + 60_000) }), NOW), { kind: 'renew', clientId: 'cid', clientSecret: 'cs', refreshToken: 'r' });
  assert.equal(planRenewal(file(), NOW).kind, 'renew');
});

test('cannot renew: no refresh token, no registration, registration expired, unreadable file', () => {
  assert.match((planRenewal(file({ refreshToken: undefined }), NOW) as { reason: string }).reason, /no refresh token/);
  assert.match((planRenewal(file({ clientSecret: '' }), NOW) as { reason: string }).reason, /no client registration/);
  assert.match((planRenewal(file({ registrationExpiresAt: iso(NOW - 1) }), NOW) as { reason: string }).reason, /registration .* has expired/);
  assert.equal(planRenewal('not json', NOW).kind, 'cannot');
  assert.equal(planRenewal(null, NOW).kind, 'cannot');
});

test('CreateToken: the refresh_token grant; answers ok, refused (invalid_grant and kin) or error, never echoing tokens', () => {
  const plan = planRenewal(file(), NOW) as Extract<ReturnType<typeof planRenewal>, { kind: 'renew' }>;
  assert.deepEqual(JSON.parse(createTokenBody(plan)), { clientId: 'cid', clientSecret: 'cs', grantType: 'refresh_token', refreshToken: 'r' });
  assert.deepEqual(classifyCreateToken(200, '{"accessToken":"n","expiresIn":3600,"refreshToken":"r2"}'), { kind: 'ok', accessToken: 'n', expiresInS: 3600, refreshToken: 'r2' });
  assert.deepEqual(classifyCreateToken(400, '{"error":"invalid_grant","error_description":"Invalid refresh token provided"}'), { kind: 'refused', reason: 'invalid_grant: Invalid refresh token provided' });
  assert.equal(classifyCreateToken(400, '{"__type":"com.amazonaws.ssooidc#InvalidClientException","message":"expired"}').kind, 'refused');
  assert.equal(classifyCreateToken(500, 'oops').kind, 'error');
  assert.equal(classifyCreateToken(200, '{"expiresIn":3600}').kind, 'error');
});

test('the renewed file keeps every field, takes the new token and expiry (the CLI\'s format), and a rotated refresh token', () => {
  const out = JSON.parse(renewedTokenText(file({ extra: 'kept' }), { kind: 'ok', accessToken: 'n', expiresInS: 3600, refreshToken: null }, NOW)) as Record<string, string>;
  assert.equal(out.accessToken, 'n');
  assert.equal(out.expiresAt, '2026-12-07T13:00:00Z');
  assert.equal(out.refreshToken, 'r');
  assert.equal(out.extra, 'kept');
  assert.equal(out.clientSecret, 'cs');
  const rotated = JSON.parse(renewedTokenText(file(), { kind: 'ok', accessToken: 'n', expiresInS: 60, refreshToken: 'r2' }, NOW)) as Record<string, string>;
  assert.equal(rotated.refreshToken, 'r2');
});
