import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeClient, NATIVE_REREAD_SINCE, parseClientVersion } from '../../../src/core/settings/client-compat.ts';

test('parseClientVersion reads `claude --version` output', () => {
  assert.equal(parseClientVersion('2.1.332 (Claude Code)\n'), '2.1.332');
  assert.equal(parseClientVersion('command not found'), null);
  assert.equal(parseClientVersion(''), null);
});

test('describeClient: what the client does by itself and what the plugin adds', () => {
  const latest = describeClient('2.1.332');
  assert.equal(latest.status, 'ok');
  assert.match(latest.title, /^Claude Code 2\.1\.332 re-reads ~\/\.aws\/credentials after a 403 by itself \(since 2\.1\.207\); the plugin adds a login before expiry/);
  assert.match(describeClient(NATIVE_REREAD_SINCE).title, /re-reads/, 'the first version that re-reads');
  const old = describeClient('2.1.206');
  assert.equal(old.status, 'ok');
  assert.match(old.title, /^Claude Code 2\.1\.206 keeps its cached keys after a 403 \(before 2\.1\.207\); the plugin makes it pick up a new login/);
  const older = describeClient('2.0.5');
  assert.equal(older.status, 'warn');
  assert.match(older.title, /older than 2\.1\.197, the oldest client tested/);
  assert.equal(describeClient(null).status, 'warn');
});
