// settings.json written by 0.1.0, whose scripts were dist/<name>.mjs: 0.2.0 and 0.3.0 kept forwarders under those
// names; 0.4.0 has none, and a session start, setup or the installer re-points the settings at dist/<name>.cjs behind
// the node guard (a session on 0.2.0 or 0.3.0 already did; a plugin-cache install keeps 0.1.0's own files in its folder).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptCommand } from '../../../src/core/settings/command-path.ts';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { cachePluginDir, copyPlugin, runScript } from '../../helpers/plugin-copy.ts';

const KEY = 'ASIAUPGRADE000000001';

function setup(t: Parameters<typeof makeFakeHome>[0]) {
  const h = makeFakeHome(t, {
    '.aws/credentials': `[work]\naws_access_key_id = ${KEY}\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${new Date(Date.now() + 4 * 3600_000).toISOString()}\n`,
    '.config/cc-aws-keepalive/config.json': '{"profile":"work"}',
  });
  const root = copyPlugin(cachePluginDir(h.path('.claude'), '0.1.0'));
  const env: Record<string, string> = { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1' };
  const old = {
    awsCredentialExport: `node "${root}/dist/export-credentials.mjs"`,
    awsAuthRefresh: `node "${root}/dist/auth-refresh.mjs"`,
    statusLine: { type: 'command', command: `node "${root}/dist/statusline.mjs"`, refreshInterval: 30 },
    model: 'opus',
  };
  const settingsFile = h.path('.claude/settings.json');
  writeFileSync(settingsFile, `${JSON.stringify(old, null, 2)}\n`);
  const settings = () => JSON.parse(readFileSync(settingsFile, 'utf8'));
  const expectCurrent = () => {
    const s = settings();
    assert.equal(s.awsCredentialExport, scriptCommand(root, 'export-credentials', 'linux'));
    assert.equal(s.awsAuthRefresh, scriptCommand(root, 'auth-refresh', 'linux'));
    assert.equal(s.statusLine.command, scriptCommand(root, 'statusline', 'linux'));
    assert.equal(s.model, 'opus');
  };
  return { h, root, env, old, settings, expectCurrent };
}

test('0.4.0 ships no dist/*.mjs forwarders (kept through 0.3.0): until re-pointed, status and doctor name the old pointer and the fix', async (t) => {
  const { root, env } = setup(t);
  for (const name of ['export-credentials', 'auth-refresh', 'statusline', 'prompt-submit', 'session-start', 'cli', 'install']) {
    assert.equal(existsSync(join(root, 'dist', `${name}.mjs`)), false, `dist/${name}.mjs`);
  }
  const status = await runScript(join(root, 'dist', 'cli.cjs'), { env, args: ['status'] });
  assert.equal(status.code, 0, status.stderr);
  assert.match(status.stdout, /awsCredentialExport\s+points at .*export-credentials\.mjs, this plugin's old file name \(gone since 0\.4\.0\)/);
  const doctor = await runScript(join(root, 'dist', 'cli.cjs'), { env, args: ['doctor'] });
  assert.match(doctor.stdout, /awsCredentialExport points at .*export-credentials\.mjs, this plugin's old file name[^\n]*\n[^\n]*\/aws-keepalive setup/);
});

test('the SessionStart self-heal re-points them at the .cjs scripts, once', async (t) => {
  const { root, env, expectCurrent } = setup(t);
  const payload = JSON.stringify({ hook_event_name: 'SessionStart', source: 'startup', session_id: 's1' });
  const r = await runScript(join(root, 'dist', 'session-start.cjs'), { env, stdin: payload });
  assert.equal(r.code, 0, r.stderr);
  assert.match(JSON.parse(r.stdout).systemMessage, /old file name \(gone since 0\.4\.0\); re-pointed awsCredentialExport, awsAuthRefresh, statusLine at this version/);
  expectCurrent();
  assert.equal((await runScript(join(root, 'dist', 'session-start.cjs'), { env, stdin: payload })).stdout, '');
});

test('the installer and /aws-keepalive setup re-point them too', async (t) => {
  for (const how of ['install', 'setup'] as const) {
    const { root, env, expectCurrent } = setup(t);
    const r =
      how === 'install'
        ? await runScript(join(root, 'dist', 'install.cjs'), { env })
        : await runScript(join(root, 'dist', 'cli.cjs'), { env, args: ['setup'] });
    assert.equal(r.code, 0, `${how}: ${r.stderr}`);
    assert.match(r.stdout, /~ awsCredentialExport/, how);
    expectCurrent();
  }
});
