import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideExpiry, findExpiry, formatDuration, formatRemaining, parseExpiryValue } from '../../../src/core/aws/expiry.ts';

const T = Date.UTC(2026, 10, 24, 10, 0, 0); // 2026-11-24T10:00:00Z

test('parseExpiryValue understands what login tools write', async (t) => {
  const cases: Array<[string, number | null]> = [
    ['1795514400', T], // unix seconds
    ['1795514400.5', T + 500],
    ['1795514400000', T], // unix milliseconds (13 digits)
    ['2026-11-24T10:00:00Z', T],
    ['2026-11-24T10:00:00.000Z', T], // aws-azure-login
    ['2026-11-24T04:00:00-06:00', T], // saml2aws local time with offset
    ['2026-11-24T10:00:00+00:00', T], // gimme-aws-creds
    ['2026-11-24T11:00:00+0100', T], // aws-google-auth %z without colon
    ['2026-11-24 10:00:00+00:00', T], // space separator
    ['2026-11-24T10:00:00UTC', T],
    ['"2026-11-24T10:00:00Z"', T],
    ['2026-11-24T10:00:00', null], // no zone: refuse to guess
    ['tomorrow', null],
    ['', null],
    ['12', null],
    ['2026-13-45T99:00:00Z', null],
  ];
  for (const [raw, want] of cases) await t.test(raw || '(empty)', () => assert.equal(parseExpiryValue(raw), want));
});

test('findExpiry: configured field, auto-detected fields, the sso-cli comment, and garbage', async (t) => {
  await t.test('configured field wins', () => {
    const e = findExpiry({ my_exp: '1795514400', x_security_token_expires: '2000-01-01T00:00:00Z' }, 'my_exp', undefined);
    assert.equal(e.expiresAt, T);
    assert.deepEqual(e.source, { kind: 'field', name: 'my_exp' });
  });
  for (const field of ['x_security_token_expires', 'aws_session_expiration', 'aws_expiration', 'aws_credential_expiration', 'x-expiration', 'awsmyid_session_expiration', 'expiration']) {
    await t.test(`auto-detects ${field}`, () => {
      const e = findExpiry({ aws_access_key_id: 'A', [field]: '2026-11-24T10:00:00Z' }, '', undefined);
      assert.equal(e.expiresAt, T);
      assert.deepEqual(e.source, { kind: 'field', name: field });
    });
  }
  await t.test('field names match case-insensitively', () => {
    assert.equal(findExpiry({ X_Security_Token_Expires: '1795514400' }, '', undefined).expiresAt, T);
  });
  await t.test('aws-sso-cli comment', () => {
    const e = findExpiry({ aws_access_key_id: 'A' }, '', '2026-11-24T10:00:00Z');
    assert.equal(e.expiresAt, T);
    assert.equal(e.source.kind, 'comment');
  });
  await t.test('garbage value is unknown with a reason naming the field', () => {
    const e = findExpiry({ x_security_token_expires: 'soon' }, '', undefined);
    assert.equal(e.expiresAt, null);
    assert.match(e.reason, /x_security_token_expires/);
  });
  await t.test('configured field missing is unknown and says which field', () => {
    const e = findExpiry({ x_security_token_expires: '1795514400' }, 'my_exp', undefined);
    assert.equal(e.expiresAt, null);
    assert.match(e.reason, /my_exp/);
  });
  await t.test('no field at all', () => {
    assert.equal(findExpiry({ aws_access_key_id: 'A' }, '', undefined).expiresAt, null);
  });
});

test('decideExpiry', async (t) => {
  const base = { now: T, warnMinutes: 30, autoLoginMinutes: 20, hasAutoLogin: true };
  const min = 60_000;
  const cases: Array<[string, Partial<typeof base> & { expiresAt: number | null }, string]> = [
    ['unknown', { expiresAt: null }, 'unknown'],
    ['healthy', { expiresAt: T + 4 * 60 * min }, 'ok'],
    ['inside warn window', { expiresAt: T + 25 * min }, 'warn'],
    ['inside auto-login window', { expiresAt: T + 10 * min }, 'login'],
    ['auto-login window without autoLoginCmd only warns', { expiresAt: T + 10 * min, hasAutoLogin: false }, 'warn'],
    ['autoLoginMinutes 0 disables login', { expiresAt: T + 10 * min, autoLoginMinutes: 0 }, 'warn'],
    ['exactly at expiry is expired', { expiresAt: T }, 'expired'],
    ['past expiry', { expiresAt: T - min }, 'expired'],
    ['warnMinutes 0 never warns', { expiresAt: T + 5 * min, warnMinutes: 0, hasAutoLogin: false }, 'ok'],
  ];
  for (const [name, over, action] of cases) {
    await t.test(name, () => {
      const d = decideExpiry({ ...base, ...over });
      assert.equal(d.action, action);
      assert.equal(d.remainingMs, over.expiresAt === null ? null : over.expiresAt - T);
      assert.ok(d.reason.length > 0);
    });
  }
});

test('formatDuration and formatRemaining', async (t) => {
  const min = 60_000;
  const cases: Array<[number, string]> = [
    [(4 * 60 + 23) * min, '4h23m'],
    [(4 * 60 + 23) * min + 59_000, '4h23m'],
    [45 * min, '45m'],
    [60 * min, '1h00m'],
    [(1 * 60 + 5) * min, '1h05m'],
    [59_999, '<1m'],
    [1, '<1m'],
    [72 * 60 * min, '3d0h'],
  ];
  for (const [ms, want] of cases) await t.test(want, () => assert.equal(formatRemaining(ms), want));
  await t.test('zero and negative are EXPIRED', () => {
    assert.equal(formatRemaining(0), 'EXPIRED');
    assert.equal(formatRemaining(-5 * min), 'EXPIRED');
  });
  assert.equal(formatDuration(0), '<1m');
});
