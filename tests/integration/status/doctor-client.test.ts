// dist/cli.cjs doctor asks `claude --version` (a stand-in on PATH here) and says what that client does by itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { cachePluginDir, copyPlugin, runScript } from '../../helpers/plugin-copy.ts';

function setup(t: Parameters<typeof makeFakeHome>[0], claudeSays: string | null) {
  const h = makeFakeHome(t, {
    '.aws/credentials': `[dev]\naws_access_key_id = ASIAOLD\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${new Date(Date.now() + 2 * 3600_000).toISOString()}\n`,
    '.config/cc-aws-keepalive/config.json': JSON.stringify({ profile: 'dev' }),
  });
  if (claudeSays !== null) h.write('bin/claude', `#!/bin/sh\necho '${claudeSays}'\n`);
  if (claudeSays !== null) chmodSync(h.path('bin/claude'), 0o755);
  const root = copyPlugin(cachePluginDir(h.path('.claude'), '0.1.0'));
  const env = { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1', PATH: `${h.path('bin')}:/usr/bin:/bin` };
  return runScript(join(root, 'dist', 'cli.cjs'), { env, args: ['doctor'] });
}

test('doctor on a current client: it re-reads the credentials file itself; what the plugin adds', async (t) => {
  const r = await setup(t, '2.1.332 (Claude Code)');
  assert.match(r.stdout, /✓ Claude Code 2\.1\.332 re-reads ~\/\.aws\/credentials after a 403 by itself \(since 2\.1\.207\); the plugin adds a login before expiry \(no 403\), one login for all sessions/);
});

test('doctor on the oldest supported client: it keeps its cached keys after a 403', async (t) => {
  const r = await setup(t, '2.1.197 (Claude Code)');
  assert.match(r.stdout, /✓ Claude Code 2\.1\.197 keeps its cached keys after a 403 \(before 2\.1\.207\); the plugin makes it pick up a new login/);
});

test('doctor with no claude on PATH: version unknown, a warning with the fix', async (t) => {
  const r = await setup(t, null);
  assert.match(r.stdout, /! Claude Code version unknown \(`claude --version` gave none\)\n {4}fix: put the claude you run on PATH/);
});
