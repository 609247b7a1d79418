// dist/cli.cjs (status, doctor, login, setup) from a plugin-cache copy in a fake HOME, and the slash-command
// answer the prompt hook gives (handleSlashCommand), with the fake login tool from tests/fixtures/bin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { cachePluginDir, copyPlugin, runScript } from '../../helpers/plugin-copy.ts';
import { ROOT } from '../../helpers/run-entry.ts';
import { handleSlashCommand } from '../../../src/flows/cli/slash-command.ts';
import { resolvePaths } from '../../../src/io/system/paths.ts';

const FAKE_LOGIN = join(ROOT, 'tests', 'fixtures', 'bin', 'fake-login.mjs');
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

function setup(t: Parameters<typeof makeFakeHome>[0], opts: { expiresAt?: number; config?: Record<string, unknown> } = {}) {
  const h = makeFakeHome(t, {
    '.aws/credentials': `[dev]\naws_access_key_id = ASIAOLD\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${iso(opts.expiresAt ?? Date.now() + 2 * 3600_000)}\n`,
    '.config/cc-aws-keepalive/config.json': JSON.stringify({
      profile: 'dev',
      loginCmd: 'saml2aws login --profile dev',
      autoLoginCmd: `"${process.execPath}" "${FAKE_LOGIN}"`,
      loginTimeoutSeconds: 20,
      ...opts.config,
    }),
  });
  const root = copyPlugin(cachePluginDir(h.path('.claude'), '0.1.0'));
  const env = { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1', AWS_REGION: 'us-east-1', FAKE_LOGIN_PROFILE: 'dev', FAKE_LOGIN_DELAY_MS: '200' };
  const cli = (args: string[], extra: Record<string, string> = {}) => runScript(join(root, 'dist', 'cli.cjs'), { env: { ...env, ...extra }, args });
  return { h, root, env, cli };
}

test('status before setup: facts and the hint to run setup', async (t) => {
  const { cli } = setup(t);
  const r = await cli(['status']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /profile {6}dev \(from config "profile"\)/);
  assert.match(r.stdout, /expiry {7}1h59m left .*x_security_token_expires/);
  assert.match(r.stdout, /settings\.json does not exist — run \/aws-keepalive setup/);
  assert.equal((await cli([])).stdout, r.stdout, 'no subcommand means status');
});

test('setup then doctor: wired, exit 0', async (t) => {
  const { cli } = setup(t);
  const s = await cli(['setup']);
  assert.equal(s.code, 0, s.stdout);
  assert.match(s.stdout, /\+ awsCredentialExport/);
  const d = await cli(['doctor']);
  assert.equal(d.code, 0, d.stdout);
  assert.match(d.stdout, /✓ awsCredentialExport wired to this version/);
  assert.match(d.stdout, /✓ session token present/);
  const nodeOnly = await cli(['doctor'], { PATH: dirname(process.execPath) });
  assert.equal(nodeOnly.code, 0, 'an autoLoginCmd with a full path needs nothing else on PATH');
  // The hooks and settings commands start `node` from PATH: without it doctor fails and says so.
  const noPath = await cli(['doctor'], { PATH: '/nonexistent' });
  assert.equal(noPath.code, 1);
  assert.match(noPath.stdout, /✗ no node on PATH: the hooks and the awsCredentialExport\/awsAuthRefresh\/statusLine commands cannot start/);
});

test('doctor names a login tool missing from PATH and its missing flags', async (t) => {
  const { cli } = setup(t, { config: { autoLoginCmd: 'saml2aws login --profile dev' } });
  const d = await cli(['doctor'], { PATH: '/usr/bin:/bin' });
  assert.equal(d.code, 1);
  assert.match(d.stdout, /✗ autoLoginCmd: "saml2aws" is not on PATH/);
  assert.match(d.stdout, /! saml2aws keeps still-valid credentials unless given --force/);
});

test("doctor run in a project whose own settings override awsAuthRefresh says so", async (t) => {
  const { h, root, env } = setup(t);
  h.write('proj/.claude/settings.local.json', JSON.stringify({ awsAuthRefresh: 'aws sso login --profile dev' }));
  const d = await runScript(join(root, 'dist', 'cli.cjs'), { env, args: ['doctor'], cwd: h.path('proj') });
  assert.equal(d.code, 1);
  assert.match(d.stdout, /✗ .*proj\/\.claude\/settings\.local\.json sets awsAuthRefresh for this project \(aws sso login --profile dev\)/);
});

test('login in a terminal: the tool runs in the foreground, its output shown, the result recorded', async (t) => {
  const { h, cli } = setup(t, { expiresAt: Date.now() - 60_000 });
  const r = await cli(['login']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /Running autoLoginCmd for AWS profile "dev"/);
  assert.match(r.stdout, /Approve the push notification on your phone/);
  assert.doesNotMatch(r.stdout, /ASIAFAKEFAKEFAKE1234/, 'secrets in the tool output are redacted');
  assert.match(r.stdout, /Logged in: credentials valid for 59m/);
  const state = JSON.parse(readFileSync(h.path('.local/state/cc-aws-keepalive/dev.json'), 'utf8'));
  assert.equal(state.lastLogin.trigger, 'cli');
  assert.equal(state.lastLogin.exitCode, 0);
  assert.match((await cli(['status'])).stdout, /last login {3}just now by \/aws-keepalive login: succeeded/);
});

test('login that fails: exit 1 with the reason; status and doctor show it', async (t) => {
  const { cli } = setup(t);
  const r = await cli(['login'], { FAKE_LOGIN_MODE: 'fail' });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /MFA push was denied/);
  assert.match(r.stdout, /autoLoginCmd failed \(exit code 2\)/);
  const doctor = (await cli(['doctor'])).stdout;
  assert.match(doctor, /✗ login failed \(sign-in refused\): "Error: MFA push was denied" — \/aws-keepalive login, just now; no further background try until you act/);
  assert.match(doctor, /fix: once the cause is fixed: \/aws-keepalive login \(\/aws-keepalive login --test shows the failure in the open\)/);
});

test('no autoLoginCmd and no terminal: login says what to set', async (t) => {
  const { cli } = setup(t, { config: { autoLoginCmd: '' } });
  const r = await cli(['login']);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /autoLoginCmd is not set in .*config\.json — or run this in a terminal: saml2aws login --profile dev/);
});

test('unknown subcommand: exit 2 with usage', async (t) => {
  const { cli } = setup(t);
  const r = await cli(['bogus']);
  assert.equal(r.code, 2);
  assert.match(r.stdout, /unknown subcommand "bogus"\nusage: \/aws-keepalive/);
});

test('slash command in the prompt hook: status and doctor answered in-process; other prompts untouched', async (t) => {
  const { h, root, env } = setup(t);
  const ctx = { env, paths: resolvePaths({ env, home: h.home, platform: process.platform }), root, platform: process.platform, cwd: h.home, now: Date.now, sleep, nodeVersion: process.versions.node };
  assert.equal(await handleSlashCommand('summarise this file', ctx), null);
  const started = Date.now();
  const s = await handleSlashCommand('/aws-keepalive status', ctx);
  assert.match(s!.reason, /^cc-aws-keepalive \S+\n {2}profile {6}dev/);
  const d = await handleSlashCommand('/cc-aws-keepalive:aws-keepalive doctor', ctx);
  assert.match(d!.reason, /doctor\n✓ Node\.js/);
  assert.ok(Date.now() - started < 3_000, 'well inside the hook timeout');
  const help = await handleSlashCommand('/aws-keepalive what', ctx);
  assert.match(help!.reason, /unknown subcommand "what"/);
});

test('slash login starts the login in the background and answers at once', async (t) => {
  const { h, root, env } = setup(t, { expiresAt: Date.now() - 60_000 });
  const ctx = { env, paths: resolvePaths({ env, home: h.home, platform: process.platform }), root, platform: process.platform, cwd: h.home, now: Date.now, sleep, nodeVersion: process.versions.node };
  const started = Date.now();
  const r = await handleSlashCommand('/aws-keepalive login', ctx);
  assert.ok(Date.now() - started < 1_000);
  assert.match(r!.reason, /Login started in the background/);
  const stateFile = h.path('.local/state/cc-aws-keepalive/dev.json');
  for (let i = 0; i < 100 && !existsSync(stateFile); i++) await sleep(100);
  const state = JSON.parse(readFileSync(stateFile, 'utf8'));
  assert.equal(state.lastLogin.exitCode, 0);
  assert.match(readFileSync(h.path('.aws/credentials'), 'utf8'), /ASIAFRESHKEY/);
});
