// Scenario install-upgrade: the user installs version A from the marketplace and runs its post-install command,
// then updates to version B with `claude plugin marketplace update` + `claude plugin update`. The next session's
// SessionStart hook re-points settings.json at B (said once on screen), and an expiry later recovers through B's
// scripts even once A's folder is gone — which also proves the running session took up the new paths (the client
// watches settings.json only from late in its start; session-start rewrites the file again after that). Without
// the hook the settings stay on A.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MARKETPLACE_NAME, PLUGIN_NAME, withSandbox, type Sandbox } from './harness.ts';
import { scriptCommand } from '../../src/core/settings/command-path.ts';

const KEY_A = 'AKIDE2EAAAAAAAAAAAAA';
const KEY_B = 'AKIDE2EBBBBBBBBBBBBB';
const NEXT = '9.9.9';
const USER_SETTINGS = { cleanupPeriodDays: 45, permissions: { allow: ['Bash(ls:*)'] }, env: { ÜNÏCÖDÉ: 'ok ✓' } };

/** Stages version NEXT in the marketplace repo and updates to it the way a user does. */
function updateTo(sb: Sandbox, mutate?: (dir: string) => void): string {
  sb.stagePlugin(NEXT, mutate);
  const out = sb.run(sb.claudeBin, ['plugin', 'marketplace', 'update', MARKETPLACE_NAME]).out + sb.run(sb.claudeBin, ['plugin', 'update', `${PLUGIN_NAME}@${MARKETPLACE_NAME}`]).out;
  sb.keep('update.txt', out);
  const dir = sb.path(`.claude/plugins/cache/${MARKETPLACE_NAME}/${PLUGIN_NAME}/${NEXT}`);
  assert.ok(existsSync(join(dir, 'dist', 'session-start.cjs')), `version ${NEXT} is in the plugin cache:\n${out}`);
  return dir;
}

async function installA(sb: Sandbox) {
  sb.write('.claude/settings.json', `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);
  const a = await sb.installPlugin();
  assert.equal(a.wiredBy, 'install.cjs');
  const s = sb.settings();
  assert.equal(s.awsCredentialExport, scriptCommand(a.cacheDir, 'export-credentials', 'linux'));
  assert.equal(s.awsAuthRefresh, scriptCommand(a.cacheDir, 'auth-refresh', 'linux'));
  for (const [k, v] of Object.entries(USER_SETTINGS)) assert.deepEqual(s[k], v, `the user's ${k} is kept`);
  return a;
}

test('install-upgrade baseline: without the SessionStart hook, settings.json keeps pointing at the old version', async (t) => {
  await withSandbox(t, { scenario: 'install-upgrade-baseline', credentials: { akid: KEY_A } }, async (sb) => {
    const a = await installA(sb);
    updateTo(sb, (dir) => {
      const f = join(dir, 'hooks', 'hooks.json');
      const hooks = JSON.parse(readFileSync(f, 'utf8'));
      delete hooks.hooks.SessionStart;
      writeFileSync(f, JSON.stringify(hooks, null, 2));
    });
    const r = await sb.claudePrint('hello', { timeoutMs: 60_000 });
    assert.equal(r.code, 0, r.stderr);
    assert.match(String(sb.settings().awsCredentialExport), new RegExp(`${a.cacheDir}/dist/`));
  });
});

test('install-upgrade: the next session re-points settings.json at the new version, and expiry recovers through it', async (t) => {
  await withSandbox(t, { scenario: 'install-upgrade', credentials: { akid: KEY_A }, maxRetries: 2 }, async (sb) => {
    const a = await installA(sb);
    const b = updateTo(sb);
    sb.note(`old version folder orphaned: ${existsSync(join(a.cacheDir, '.orphaned_at'))}`);

    const tui = await sb.startTui();
    const screen = await tui.waitForText(/re-pointed awsCredentialExport, awsAuthRefresh at this version/, 20_000, 'the self-heal message');
    tui.snapshot('after-start');
    assert.match(screen, new RegExp(`cc-aws-keepalive ${NEXT.replace(/\./g, '\\.')}`));
    const s = sb.settings();
    assert.equal(s.awsCredentialExport, scriptCommand(b, 'export-credentials', 'linux'));
    assert.equal(s.awsAuthRefresh, scriptCommand(b, 'auth-refresh', 'linux'));
    for (const [k, v] of Object.entries(USER_SETTINGS)) assert.deepEqual(s[k], v, `the user's ${k} is kept`);

    // 14 days later Claude Code deletes the old folder; only B's scripts can recover now.
    rmSync(a.cacheDir, { recursive: true, force: true });
    await tui.ask('first question');
    sb.bedrock.setKey(KEY_A, 'expired');
    sb.bedrock.setKey(KEY_B, 'valid');
    sb.writeCredentials({ akid: KEY_B, expires: new Date(Date.now() + 3600_000) });
    assert.equal(await tui.ask('second question', 60_000), 2);
    assert.equal(sb.bedrock.answered().at(-1)?.akid, KEY_B, 'turn 2 is answered with the fresh key');
    tui.snapshot('after-turn-2');
  });
});
