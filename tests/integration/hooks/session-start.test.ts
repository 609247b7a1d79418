// dist/session-start.cjs (the SessionStart self-heal) run from plugin cache copies, as after `claude plugin update`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { scriptCommand } from '../../../src/core/settings/command-path.ts';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { cachePluginDir, copyPlugin, runScript } from '../../helpers/plugin-copy.ts';

const payload = JSON.stringify({ hook_event_name: 'SessionStart', source: 'startup', session_id: 's1' });

function setup(t: Parameters<typeof makeFakeHome>[0]) {
  const h = makeFakeHome(t);
  const claude = h.path('.claude');
  const a = copyPlugin(cachePluginDir(claude, '0.1.0'));
  const b = copyPlugin(cachePluginDir(claude, '0.2.0'));
  const env = { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1' };
  const run = (root: string) => runScript(join(root, 'dist', 'session-start.cjs'), { env, stdin: payload });
  const install = (root: string) => runScript(join(root, 'dist', 'install.cjs'), { env });
  const settingsFile = h.path('.claude/settings.json');
  return { h, a, b, run, install, settingsFile, settings: () => JSON.parse(readFileSync(settingsFile, 'utf8')) };
}

test('all well: silent, nothing written', async (t) => {
  const { b, run, install, settingsFile } = setup(t);
  await install(b);
  const before = readFileSync(settingsFile, 'utf8');
  const mtime = statSync(settingsFile).mtimeMs;
  const r = await run(b);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, '');
  assert.equal(readFileSync(settingsFile, 'utf8'), before);
  assert.equal(statSync(settingsFile).mtimeMs, mtime);
});

test('after an update (old version orphaned): re-pointed at the new version, said once', async (t) => {
  const { a, b, run, install, settings } = setup(t);
  await install(a);
  writeFileSync(join(a, '.orphaned_at'), String(Date.now()));
  const r = await run(b);
  assert.equal(r.code, 0, r.stderr);
  const msg = JSON.parse(r.stdout).systemMessage as string;
  assert.match(msg, /settings\.json points at .*0\.1\.0, a version an update replaced; re-pointed awsCredentialExport, awsAuthRefresh at this version \(backup: /);
  assert.equal(settings().awsCredentialExport, scriptCommand(b, 'export-credentials', 'linux'));
  assert.equal(settings().awsAuthRefresh, scriptCommand(b, 'auth-refresh', 'linux'));
  assert.equal((await run(b)).stdout, '', 'the second session has nothing to say');
});

test('after a heal the same bytes are written again later, for a Claude Code that started watching after us', async (t) => {
  const { h, a, b, run, install, settingsFile } = setup(t);
  await install(a);
  writeFileSync(join(a, '.orphaned_at'), '1');
  await run(b);
  const healed = readFileSync(settingsFile, 'utf8');
  const inode = statSync(settingsFile).ino;
  const backups = () => readdirSync(h.path('.local/state/cc-aws-keepalive/backups')).length;
  const before = backups();
  for (let i = 0; i < 40 && statSync(settingsFile).ino === inode; i++) await sleep(100);
  assert.notEqual(statSync(settingsFile).ino, inode, 'rewritten (a new file renamed into place)');
  assert.equal(readFileSync(settingsFile, 'utf8'), healed, 'with the very same bytes');
  assert.equal(backups(), before, 'no backup for a rewrite that changes nothing');
});

test('the old version directory deleted: re-pointed', async (t) => {
  const { a, b, run, install, settings } = setup(t);
  await install(a);
  rmSync(a, { recursive: true });
  const r = await run(b);
  assert.match(JSON.parse(r.stdout).systemMessage, /no longer exists; re-pointed/);
  assert.match(settings().awsAuthRefresh, /0\.2\.0/);
});

test('an older version that is still live is re-pointed; a newer one, or an orphaned self, is left alone', async (t) => {
  const { a, b, run, install, settings } = setup(t);
  await install(a);
  // B is newer than A: B's session moves the pointers forward even before A is marked orphaned.
  assert.match((await run(b)).stdout, /older version 0\.1\.0/);
  assert.match(settings().awsCredentialExport, /0\.2\.0/);
  // A's long-running session (/clear fires SessionStart) must not drag them back.
  assert.equal((await run(a)).stdout, '');
  assert.match(settings().awsCredentialExport, /0\.2\.0/);
  writeFileSync(join(a, '.orphaned_at'), '1');
  assert.equal((await run(a)).stdout, '');
  assert.match(settings().awsCredentialExport, /0\.2\.0/);
});

test('a pointer at a working git clone is the user’s choice', async (t) => {
  const { h, b, run, settingsFile } = setup(t);
  const clone = copyPlugin(h.path('src/cc-aws-keepalive'));
  const text = JSON.stringify({ awsCredentialExport: scriptCommand(clone, 'export-credentials', 'linux'), awsAuthRefresh: scriptCommand(clone, 'auth-refresh', 'linux') });
  writeFileSync(settingsFile, text);
  assert.equal((await run(b)).stdout, '');
  assert.equal(readFileSync(settingsFile, 'utf8'), text);
});

test('a directory marketplace runs hooks from the source folder: the new cache folder is the target when it exists', async (t) => {
  const { h, run, install, settings } = setup(t);
  const claude = h.path('.claude');
  const old = copyPlugin(cachePluginDir(claude, '0.0.1'));
  await install(old);
  writeFileSync(join(old, '.orphaned_at'), '1');
  const source = copyPlugin(h.path('src/cc-aws-keepalive'));
  const version = JSON.parse(readFileSync(join(source, '.claude-plugin', 'plugin.json'), 'utf8')).version as string;
  const fresh = cachePluginDir(claude, version);
  // The update's own cache folder for this version (setup's 0.2.0 copy is it only while that is the version).
  if (!existsSync(fresh)) copyPlugin(fresh);
  assert.match((await run(source)).stdout, /re-pointed/);
  assert.equal(settings().awsCredentialExport, scriptCommand(fresh, 'export-credentials', 'linux'));
  // Without that folder, the source folder itself (a working copy of the same version) is the best we have.
  await install(old);
  rmSync(fresh, { recursive: true });
  await run(source);
  assert.equal(settings().awsCredentialExport, scriptCommand(source, 'export-credentials', 'linux'));
});

test('not wired on Bedrock: one hint per version, then silence', async (t) => {
  const { b, run } = setup(t);
  const first = await run(b);
  assert.match(JSON.parse(first.stdout).systemMessage, /not wired to it yet.*\/aws-keepalive setup.*install\.cjs/);
  assert.equal((await run(b)).stdout, '');
});

test('invalid settings.json: silent and untouched (Claude Code reports it itself)', async (t) => {
  const { b, run, settingsFile } = setup(t);
  writeFileSync(settingsFile, '{ nope');
  assert.equal((await run(b)).stdout, '');
  assert.equal(readFileSync(settingsFile, 'utf8'), '{ nope');
});
