import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanOutputLine, redactSecrets, stripAnsi } from '../../../src/core/redact.ts';

test('redact: ANSI colours, cursor moves and OSC links are stripped', () => {
  assert.equal(stripAnsi('\x1b[32m✔\x1b[0m Logged in \x1b[2K\x1b]8;;https://x\x07link\x1b]8;;\x07'), '✔ Logged in link');
});

const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const TOKEN = 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD6abcdefGHIJKLmnop1234567890';

for (const [input, mustNotContain] of [
  ['export AWS_ACCESS_KEY_ID=ASIAXYZ1234567890ABC', 'ASIAXYZ1234567890ABC'],
  ['key AKIAIOSFODNN7EXAMPLE written', 'AKIAIOSFODNN7EXAMPLE'],
  [`aws_secret_access_key = ${SECRET}`, SECRET],
  [`SessionToken: "${TOKEN}"`, TOKEN],
  [`raw ${TOKEN} in the middle`, TOKEN],
  ['password=hunter2', 'hunter2'],
] as const) {
  test(`redact: ${input.slice(0, 30)}… hides the secret`, () => {
    const out = redactSecrets(input);
    assert.ok(!out.includes(mustNotContain), out);
    assert.match(out, /\[redacted/);
  });
}

test('redact: ordinary login chatter is left alone', () => {
  for (const line of [
    'Approve the push notification on your phone',
    'Credentials will expire at 2026-01-01T10:00:00Z',
    'Using IdP account default to access Okta https://example.okta.com/app/amazon_aws/exk1a2b3c4/sso/saml',
    'request id 0123456789abcdef0123456789abcdef01234567',
    'Password:',
  ]) {
    assert.equal(redactSecrets(line), line);
  }
});

test('redact: blank and control-only lines vanish, long lines are cut', () => {
  assert.equal(cleanOutputLine('\x1b[2K   '), null);
  assert.equal(cleanOutputLine('x'.repeat(1000))!.length, 301);
});

test('a password in a URL (a proxy setting echoed by a tool) is dropped, the user and host kept', () => {
  assert.equal(redactSecrets('Failed to connect to proxy URL: "http://alice:pr0xy-s3cret@proxy.corp:3128"'), 'Failed to connect to proxy URL: "http://alice:***@proxy.corp:3128"');
  assert.equal(redactSecrets('https://proxy.corp:3128/ is fine'), 'https://proxy.corp:3128/ is fine');
});
