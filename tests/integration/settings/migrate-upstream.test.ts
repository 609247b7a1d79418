// Coming from the plugin we replace (GeiserX/cc-aws-keepalive 0.5.0, same config path): its settings.json pointers
// and status line are re-pointed, its config is rewritten as ours with a backup, its state files are left alone,
// its ssh target keeps syncing (key auth), and --uninstall puts the old settings back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptCommand } from '../../../src/core/settings/command-path.ts';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { cachePluginDir, copyPlugin, runScript } from '../../helpers/plugin-copy.ts';
import { runEntry } from '../../helpers/run-entry.ts';
import { startSshd } from '../../helpers/sshd.ts';

const FIX = new URL('../../fixtures/upstream-0.5.0/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIX), 'utf8');
const OLD_STATE = { '.config/cc-aws-keepalive/.last-sync': '1765100000000', '.config/cc-aws-keepalive/.auto-login.lock': '{"pid":1}' };

function oldUser(t: Parameters<typeof makeFakeHome>[0], config = fixture('config.json')) {
  const h = makeFakeHome(t, { '.config/cc-aws-keepalive/config.json': config, ...OLD_STATE });
  h.write('.claude/settings.json', fixture('settings.json').replaceAll('HOME/', `${h.path('')}/`.replace(/\/+$/, '/')));
  // Its 0.5.0 folder in the plugin cache, still there next to ours.
  const old = cachePluginDir(h.path('.claude'), '0.5.0');
  for (const f of ['aws-cred-export.mjs', 'aws-auth-refresh.mjs', 'aws-statusline.mjs', 'aws-cred-check.mjs']) h.write(join(old, f).slice(h.path('').length + 1), '// cc-aws-keepalive 0.5.0\n');
  const root = copyPlugin(cachePluginDir(h.path('.claude'), '0.6.0'));
  const install = (...args: string[]) => runScript(join(root, 'dist', 'install.cjs'), { env: h.env, args });
  return { h, root, install };
}

test('setup re-points the 0.5.0 commands and status line, rewrites its config with a backup, leaves its state alone; --uninstall restores', async (t) => {
  const { h, root, install } = oldUser(t);
  const before = readFileSync(h.path('.claude/settings.json'), 'utf8');
  const r = await install('--statusline');
  assert.equal(r.code, 0, r.stdout + r.stderr);

  const s = JSON.parse(readFileSync(h.path('.claude/settings.json'), 'utf8'));
  assert.equal(s.awsCredentialExport, scriptCommand(root, 'export-credentials', 'linux'));
  assert.equal(s.awsAuthRefresh, scriptCommand(root, 'auth-refresh', 'linux'));
  assert.match(s.statusLine.command, /0\.6\.0[\\/]dist[\\/]statusline\.cjs/);
  assert.deepEqual(s.env, { CLAUDE_CODE_USE_BEDROCK: '1', AWS_REGION: 'us-east-1' }, 'keys that are not ours stay');
  assert.ok(s.extraKnownMarketplaces && s.enabledPlugins);

  const cfg = JSON.parse(readFileSync(h.path('.config/cc-aws-keepalive/config.json'), 'utf8'));
  assert.equal('syncTimeoutSeconds' in cfg, false);
  assert.equal(cfg.syncCooldownSeconds, 60);
  assert.deepEqual(cfg.syncTargets.map((x: { type: string }) => x.type), ['ssh', 'ssh', 'webhook']);
  assert.ok(!JSON.stringify(cfg).includes('hunter2'), 'the ssh password is gone from the config');
  assert.ok(!r.stdout.includes('hunter2') && !r.stderr.includes('hunter2'), 'and never printed');
  assert.match(r.stdout, /written for the cc-aws-keepalive plugin we replace — rewritten as ours/);
  assert.match(r.stdout, /! syncTargets\[1\]\.sshPassword is removed/);
  const backups = readdirSync(h.path('.local/state/cc-aws-keepalive/backups'));
  assert.ok(backups.some((b) => b.startsWith('config.json')), backups.join(' '));
  for (const [f, text] of Object.entries(OLD_STATE)) assert.equal(readFileSync(h.path(f), 'utf8'), text, `${f} left alone`);

  // The config now parses without a warning about old keys.
  const status = await runEntry('cli', { env: h.env, args: ['status'] });
  assert.doesNotMatch(status.stdout, /plugin we replace|unknown key/);

  const again = await install('--statusline');
  assert.equal(again.code, 0);
  assert.doesNotMatch(again.stdout, /plugin we replace/, 'a second setup has nothing to migrate');

  const u = await install('--uninstall');
  assert.equal(u.code, 0, u.stderr);
  assert.deepEqual(JSON.parse(readFileSync(h.path('.claude/settings.json'), 'utf8')), JSON.parse(before));
});

test('setup --migrate rewrites only the config; --dry-run writes nothing; our own config is "nothing to migrate"', async (t) => {
  const { h, install } = oldUser(t);
  const settingsBefore = readFileSync(h.path('.claude/settings.json'), 'utf8');
  const dry = await install('--migrate', '--dry-run');
  assert.equal(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, /would rewrite as ours/);
  assert.equal(readFileSync(h.path('.config/cc-aws-keepalive/config.json'), 'utf8'), fixture('config.json'));
  const r = await install('--migrate');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readFileSync(h.path('.claude/settings.json'), 'utf8'), settingsBefore, '--migrate leaves settings.json alone');
  assert.equal(JSON.parse(readFileSync(h.path('.config/cc-aws-keepalive/config.json'), 'utf8')).syncTargets[0].type, 'ssh');
  const again = await install('--migrate');
  assert.match(again.stdout, /already in our format — nothing to migrate/);
});

test('its ssh target keeps syncing with key auth: before the migration (read as ours) and after it', { skip: !existsSync('/usr/sbin/sshd') }, async (t) => {
  const remote = makeFakeHome(t);
  const sshd = await startSshd(t, remote.path('srv'), remote.path('home'));
  const KEY = 'ASIAUPSTREAMMIGRATE1';
  const config = {
    profile: 'work',
    syncTargets: [
      {
        host: '127.0.0.1',
        user: sshd.user,
        remoteProfile: 'work',
        sshPassword: 'hunter2',
        sshArgs: ['-p', String(sshd.port), '-i', sshd.identityFile, '-o', `UserKnownHostsFile=${sshd.knownHosts}`, '-o', 'StrictHostKeyChecking=accept-new'],
      },
    ],
    syncTimeoutSeconds: 30,
    syncCooldownSeconds: 60,
  };
  const { h, install } = oldUser(t, JSON.stringify(config, null, 2));
  const expires = new Date(Date.now() + 4 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  h.write('.aws/credentials', `[work]\naws_access_key_id = ${KEY}\naws_secret_access_key = s3cret\naws_session_token = tok\nx_security_token_expires = ${expires}\n`);

  const first = await runEntry('cli', { env: h.env, args: ['sync'], timeoutMs: 60_000 });
  assert.equal(first.code, 0, first.stdout + first.stderr);
  assert.match(readFileSync(remote.path('home/.aws/credentials'), 'utf8'), new RegExp(KEY));

  assert.equal((await install('--migrate')).code, 0);
  h.write('.aws/credentials', `[work]\naws_access_key_id = ${KEY.replace('1', '2')}\naws_secret_access_key = s3cret\naws_session_token = tok2\nx_security_token_expires = ${expires}\n`);
  const second = await runEntry('cli', { env: h.env, args: ['sync'], timeoutMs: 60_000 });
  assert.equal(second.code, 0, second.stdout + second.stderr);
  assert.match(readFileSync(remote.path('home/.aws/credentials'), 'utf8'), new RegExp(KEY.replace('1', '2')));
});

test('when the SessionStart self-heal re-points the 0.5.0 commands first, --uninstall still gives them back', async (t) => {
  const { h, root, install } = oldUser(t);
  const before = JSON.parse(readFileSync(h.path('.claude/settings.json'), 'utf8'));
  const payload = JSON.stringify({ hook_event_name: 'SessionStart', source: 'startup', session_id: 's1' });
  const r = await runScript(join(root, 'dist', 'session-start.cjs'), { env: h.env, stdin: payload });
  assert.equal(r.code, 0, r.stderr);
  const healed = JSON.parse(readFileSync(h.path('.claude/settings.json'), 'utf8'));
  assert.equal(healed.awsCredentialExport, scriptCommand(root, 'export-credentials', 'linux'));
  assert.equal((await install('--uninstall')).code, 0);
  assert.deepEqual(JSON.parse(readFileSync(h.path('.claude/settings.json'), 'utf8')), before);
});
