// dist/install.cjs run from a copy of the plugin in a fake HOME's plugin cache, as a user would run it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptCommand } from '../../../src/core/settings/command-path.ts';
import { makeFakeHome, type FakeHome } from '../../helpers/fake-home.ts';
import { cachePluginDir, copyPlugin, runScript } from '../../helpers/plugin-copy.ts';

function setup(t: Parameters<typeof makeFakeHome>[0], files: Record<string, string> = {}) {
  const h = makeFakeHome(t, files);
  const root = copyPlugin(cachePluginDir(h.path('.claude'), '0.1.0'));
  const install = (...args: string[]) => runScript(join(root, 'dist', 'install.cjs'), { env: h.env, args });
  return { h, root, install, settings: () => readFileSync(h.path('.claude/settings.json'), 'utf8') };
}
const backups = (h: FakeHome) => {
  const dir = h.path('.local/state/cc-aws-keepalive/backups');
  return existsSync(dir) ? readdirSync(dir) : [];
};

test('fresh install: config from the example (0700/0600), settings wired, second run changes nothing', async (t) => {
  const { h, root, install, settings } = setup(t);
  const r = await install();
  assert.equal(r.code, 0, r.stderr);
  const s = JSON.parse(settings());
  assert.deepEqual(Object.keys(s), ['awsCredentialExport', 'awsAuthRefresh']);
  assert.equal(s.awsCredentialExport, scriptCommand(root, 'export-credentials', 'linux'));
  assert.equal(s.awsAuthRefresh, scriptCommand(root, 'auth-refresh', 'linux'));
  const cfgFile = h.path('.config/cc-aws-keepalive/config.json');
  assert.equal(statSync(cfgFile).mode & 0o777, 0o600);
  assert.equal(statSync(h.path('.config/cc-aws-keepalive')).mode & 0o777, 0o700);
  const cfg = JSON.parse(readFileSync(cfgFile, 'utf8'));
  assert.equal(cfg.profile, '', 'the example placeholder profile would break every export');
  assert.match(r.stdout, /created .*config\.json/);
  assert.match(r.stdout, /\+ awsCredentialExport/);

  const again = await install();
  assert.equal(again.code, 0);
  assert.match(again.stdout, /nothing to change/);
  assert.doesNotMatch(again.stdout, /created/);
});

test('an existing config is never touched; --dry-run writes nothing', async (t) => {
  const cfg = '{ "profile": "work" }\n';
  const { h, install } = setup(t, { '.config/cc-aws-keepalive/config.json': cfg, '.claude/settings.json': '{"model":"opus"}' });
  const r = await install('--dry-run');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /\+ awsAuthRefresh/);
  assert.match(r.stdout, /dry run: nothing was written/);
  assert.equal(readFileSync(h.path('.claude/settings.json'), 'utf8'), '{"model":"opus"}');
  await install();
  assert.equal(readFileSync(h.path('.config/cc-aws-keepalive/config.json'), 'utf8'), cfg);
});

test('invalid JSON: exit 1 with path:line:col, bytes untouched, no backup', async (t) => {
  const bad = '{\n  "model": "opus",\n  "env": { "A": 1, }\n}\n';
  const { h, install, settings } = setup(t, { '.claude/settings.json': bad });
  const r = await install();
  assert.equal(r.code, 1);
  assert.match(r.stderr, new RegExp(`${h.path('.claude/settings.json').replace(/[.]/g, '\\.')}:3:20: not valid JSON`));
  assert.equal(r.stderr.trim().split('\n').length, 1, 'one line, no stack trace');
  assert.equal(settings(), bad);
  assert.deepEqual(backups(h), []);
});

test('empty settings.json is read as {} (as Claude Code does)', async (t) => {
  const { install, settings } = setup(t, { '.claude/settings.json': '' });
  assert.equal((await install()).code, 0);
  assert.deepEqual(Object.keys(JSON.parse(settings())), ['awsCredentialExport', 'awsAuthRefresh']);
});

test('read-only settings.json is refused and left as it was', async (t) => {
  const { h, install, settings } = setup(t, { '.claude/settings.json': '{"model":"opus"}\n' });
  chmodSync(h.path('.claude/settings.json'), 0o444);
  const r = await install();
  assert.equal(r.code, 1);
  assert.match(r.stderr, /is read-only — make it writable \(chmod u\+w/);
  assert.equal(settings(), '{"model":"opus"}\n');
  assert.equal(statSync(h.path('.claude/settings.json')).mode & 0o777, 0o444);
});

test('symlinked settings.json: the target is written (mode kept), the link stays, backup holds the old bytes', async (t) => {
  const { h, install } = setup(t, { 'dotfiles/claude-settings.json': '{\n  "theme": "dark"\n}\n' });
  chmodSync(h.path('dotfiles/claude-settings.json'), 0o640);
  symlinkSync(h.path('dotfiles/claude-settings.json'), h.path('.claude/settings.json'));
  const r = await install();
  assert.equal(r.code, 0, r.stderr);
  assert.ok(lstatSync(h.path('.claude/settings.json')).isSymbolicLink());
  const target = readFileSync(h.path('dotfiles/claude-settings.json'), 'utf8');
  assert.match(target, /^\{\n {2}"theme": "dark",\n {2}"awsCredentialExport"/);
  assert.equal(statSync(h.path('dotfiles/claude-settings.json')).mode & 0o777, 0o640);
  const [b] = backups(h);
  assert.ok(b);
  const backup = join(h.path('.local/state/cc-aws-keepalive/backups'), b);
  assert.equal(readFileSync(backup, 'utf8'), '{\n  "theme": "dark"\n}\n');
  assert.equal(statSync(backup).mode & 0o777, 0o600);
});

test('CLAUDE_CONFIG_DIR is honoured', async (t) => {
  const { h, root } = setup(t);
  const env = { ...h.env, CLAUDE_CONFIG_DIR: h.path('alt-claude') };
  const r = await runScript(join(root, 'dist', 'install.cjs'), { env });
  assert.equal(r.code, 0, r.stderr);
  assert.ok(existsSync(h.path('alt-claude/settings.json')));
  assert.ok(!existsSync(h.path('.claude/settings.json')));
});

test('--statusline moves the existing status line into statusLineCmd; --uninstall restores it and removes our keys', async (t) => {
  const original = '{\n  "statusLine": {"type": "command", "command": "npx -y ccstatusline@latest", "padding": 0},\n  "model": "opus"\n}\n';
  const { h, root, install, settings } = setup(t, { '.claude/settings.json': original });
  const r = await install('--statusline');
  assert.equal(r.code, 0, r.stderr);
  const s = JSON.parse(settings());
  assert.deepEqual(s.statusLine, { type: 'command', command: scriptCommand(root, 'statusline', 'linux'), padding: 0, refreshInterval: 30 });
  assert.equal(JSON.parse(readFileSync(h.path('.config/cc-aws-keepalive/config.json'), 'utf8')).statusLineCmd, 'npx -y ccstatusline@latest');
  assert.equal((await install('--statusline')).stdout.includes('nothing to change'), true);

  const un = await install('--uninstall');
  assert.equal(un.code, 0, un.stderr);
  assert.deepEqual(JSON.parse(settings()), JSON.parse(original));
  assert.match((await install('--uninstall')).stdout, /nothing to change/);
});

test("someone else's awsAuthRefresh: refused with the fix, then --force replaces it and --uninstall puts it back", async (t) => {
  const original = '{"awsAuthRefresh": "aws sso login --profile work"}\n';
  const { install, settings } = setup(t, { '.claude/settings.json': original });
  const r = await install();
  assert.equal(r.code, 1);
  assert.match(r.stderr, /awsAuthRefresh already runs "aws sso login --profile work".*autoLoginCmd.*--force/);
  assert.equal(settings(), original);
  assert.equal((await install('--force')).code, 0);
  assert.match(JSON.parse(settings()).awsAuthRefresh, /auth-refresh\.cjs/);
  assert.equal((await install('--uninstall')).code, 0);
  assert.equal(settings(), original);
});

test('from a git clone: the prompt-submit hook goes into settings.json too', async (t) => {
  const h = makeFakeHome(t);
  const clone = copyPlugin(h.path('src/cc-aws-keepalive'));
  const r = await runScript(join(clone, 'dist', 'install.cjs'), { env: h.env });
  assert.equal(r.code, 0, r.stderr);
  const s = JSON.parse(readFileSync(h.path('.claude/settings.json'), 'utf8'));
  assert.equal(s.hooks.UserPromptSubmit[0].hooks[0].command, scriptCommand(clone, 'prompt-submit', 'linux'));
});

test('bad options: exit 2 with usage', async (t) => {
  const { install } = setup(t);
  const r = await install('--bogus');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown option "--bogus"/);
  assert.match((await install('--help')).stdout, /--statusline/);
});

test('settings.json changed between read and write is not overwritten', async (t) => {
  // Simulated with the adapter directly: a concurrent edit must win over our stale plan.
  const { readTextFile, writeTextFile } = await import('../../../src/io/system/text-file.ts');
  const h = makeFakeHome(t, { 's.json': '{"a":1}' });
  const f = readTextFile(h.path('s.json'));
  assert.ok(f.ok);
  writeFileSync(h.path('s.json'), '{"a":2}');
  const w = writeTextFile(f.value, '{"a":1,"b":2}', { backupDir: h.path('b'), now: new Date() });
  assert.ok(!w.ok && w.error.code === 'SETTINGS_CHANGED');
  assert.equal(readFileSync(h.path('s.json'), 'utf8'), '{"a":2}');
});

test("the original plugin's OMC leftovers: wrapper replaced by our status line and deleted, timer patch removed", async (t) => {
  const hud = '#!/usr/bin/env node\nimport { join } from "node:path";\n\nmain();\n';
  const patched = '#!/usr/bin/env node\nimport { join } from "node:path";\n\n// [cc-aws-keepalive:timer-start]\nimport { patchStdout } from "file:///old/omc-timer.mjs";\npatchStdout();\n// [cc-aws-keepalive:timer-end]\n\n\nmain();\n';
  const { h, root, install, settings } = setup(t, {
    '.claude/hud/omc-hud.mjs': patched,
    '.claude/hud/aws-hud-wrapper.mjs': '// Created by cc-aws-keepalive.\n',
  });
  writeFileSync(h.path('.claude/settings.json'), JSON.stringify({ statusLine: { type: 'command', command: `node ${h.path('.claude/hud/aws-hud-wrapper.mjs')}` } }));
  const r = await install();
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(settings()).statusLine.command, scriptCommand(root, 'statusline', 'linux'));
  assert.equal(JSON.parse(readFileSync(h.path('.config/cc-aws-keepalive/config.json'), 'utf8')).statusLineCmd, `node ${h.path('.claude/hud/omc-hud.mjs')}`);
  assert.equal(readFileSync(h.path('.claude/hud/omc-hud.mjs'), 'utf8'), hud);
  assert.ok(!existsSync(h.path('.claude/hud/aws-hud-wrapper.mjs')));
  assert.match(r.stdout, /cleaned .*aws-hud-wrapper\.mjs: deleted/);
});

test('a copy an update replaced refuses to install and names the current one', async (t) => {
  const { h, root, install } = setup(t);
  const newer = copyPlugin(cachePluginDir(h.path('.claude'), '0.2.0'));
  writeFileSync(join(root, '.orphaned_at'), '1');
  const r = await install();
  assert.equal(r.code, 1);
  assert.match(r.stderr, new RegExp(`a version an update replaced — run ${newer.replace(/[.]/g, '\\.')}/dist/install\\.cjs instead`));
  assert.ok(!existsSync(h.path('.claude/settings.json')));
  assert.equal((await install('--uninstall')).code, 0, 'uninstall works from any copy');
});
