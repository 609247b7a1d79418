import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planExport, redactedSummary, SHORT_TTL_FLOOR_MS } from '../../../src/core/aws/export-plan.ts';
import type { ProfileCredentials } from '../../../src/core/aws/credentials.ts';

const T = Date.UTC(2026, 10, 24, 10, 0, 0);
const creds = (expiresAt: number | null): ProfileCredentials => ({
  accessKeyId: 'ASIAEXAMPLEKEY12WXYZ',
  secretAccessKey: 'SECRETSECRETSECRET',
  sessionToken: 'TOKENTOKEN==',
  expiry: { expiresAt, source: expiresAt === null ? { kind: 'none' } : { kind: 'field', name: 'x_security_token_expires' }, reason: 'r' },
});

test('Expiration sits inside Credentials, as Claude Code reads it', () => {
  const r = planExport(creds(T + 3 * 3600_000), 'work', T, 'run: login');
  assert.ok(r.ok);
  assert.deepEqual(r.value, {
    Credentials: { AccessKeyId: 'ASIAEXAMPLEKEY12WXYZ', SecretAccessKey: 'SECRETSECRETSECRET', SessionToken: 'TOKENTOKEN==', Expiration: '2026-11-24T13:00:00.000Z' },
  });
});

test('unknown expiry: no Expiration field', () => {
  const r = planExport(creds(null), 'work', T, 'x');
  assert.ok(r.ok);
  assert.equal(r.value.Credentials.Expiration, undefined);
});

test('expiring inside 6 minutes: Expiration reported just past 6 minutes so Claude Code asks again soon, not in an hour', () => {
  const r = planExport(creds(T + 2 * 60_000), 'work', T, 'x');
  assert.ok(r.ok);
  const reported = Date.parse(r.value.Credentials.Expiration!);
  assert.equal(reported, T + SHORT_TTL_FLOOR_MS);
  // The client caches until Expiration − 5 min when Expiration is more than 6 min away: about a minute here.
  assert.ok(reported - T > 6 * 60_000);
  assert.ok(reported - 5 * 60_000 - T <= 90_000);
});

test('expired on disk: refuses with the login hint', () => {
  const r = planExport(creds(T - 1), 'work', T, 'run: saml2aws login');
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'EXPIRED');
  assert.match(r.error.message, /profile "work" expired/);
  assert.equal(r.error.hint, 'run: saml2aws login');
});

test('redacted summary shows no secret', () => {
  const s = redactedSummary(creds(T + 60 * 60_000), 'work', '/h/.aws/credentials', T);
  assert.match(s, /…WXYZ/);
  assert.match(s, /in 1h00m/);
  for (const secret of ['ASIAEXAMPLEKEY12WXYZ', 'SECRETSECRETSECRET', 'TOKENTOKEN']) assert.ok(!s.includes(secret));
});
