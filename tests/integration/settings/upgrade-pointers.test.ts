// settings.json written by a release whose scripts were dist/<name>.mjs: those files keep working until a session
// start, setup or the installer re-points the settings at dist/<name>.cjs behind the node guard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptCommand } from '../../../src/core/settings/command-path.ts';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { cachePluginDir, copyPlugin, runScript } from '../../helpers/plugin-copy.ts';
import { NODE } from '../../helpers/run-entry.ts';

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

test('before anything re-points them, the old dist/*.mjs commands still work', async (t) => {
  const { root, env, old } = setup(t);
  // Run exactly as Claude Code does: the settings string through /bin/sh, node from PATH.
  const sh = (command: string, input = '') =>
    spawnSync('/bin/sh', ['-c', command], { env: { ...env, PATH: `${NODE.replace(/\/node$/, '')}:${env.PATH}` }, input, encoding: 'utf8', timeout: 20_000 });
  const ex = sh(old.awsCredentialExport);
  assert.equal(ex.status, 0, ex.stderr);
  assert.equal(JSON.parse(ex.stdout).Credentials.AccessKeyId, KEY);
  assert.match(sh(old.statusLine.command, '{}').stdout, /^AWS: \d+h\d+m\n$/);
  const hook = await runScript(join(root, 'dist', 'prompt-submit.mjs'), { env, stdin: '{"hook_event_name":"UserPromptSubmit","prompt":"hi"}' });
  assert.deepEqual([hook.code, hook.stdout, hook.stderr], [0, '', '']);
  // The CLI knows it is the script being run through the old name too.
  const status = await runScript(join(root, 'dist', 'cli.mjs'), { env, args: ['status'] });
  assert.equal(status.code, 0, status.stderr);
  assert.match(status.stdout, /awsCredentialExport\s+points at .*export-credentials\.mjs, this version's old file name/);
  const help = await runScript(join(root, 'dist', 'install.mjs'), { env, args: ['--help'] });
  assert.equal(help.code, 0, help.stderr);
  assert.match(help.stdout, /usage:/);
});

test('the SessionStart self-heal re-points them at the .cjs scripts, once', async (t) => {
  const { root, env, expectCurrent } = setup(t);
  const payload = JSON.stringify({ hook_event_name: 'SessionStart', source: 'startup', session_id: 's1' });
  const r = await runScript(join(root, 'dist', 'session-start.cjs'), { env, stdin: payload });
  assert.equal(r.code, 0, r.stderr);
  assert.match(JSON.parse(r.stdout).systemMessage, /old file name; re-pointed awsCredentialExport, awsAuthRefresh, statusLine at this version/);
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
