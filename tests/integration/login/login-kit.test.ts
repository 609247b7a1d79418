// The login kit end to end on this machine: the shipped expect template under the real `expect` driving the fake
// IdP tool (tests/fixtures/bin/fake-idp) with the password from the fake keychain, `setup --login` for every
// preset, MFA notifications through the fake notify-send, and `login --test`.
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { cachePluginDir, copyPlugin, runScript } from '../../helpers/plugin-copy.ts';
import { ROOT } from '../../helpers/run-entry.ts';
import { LOGIN_PRESETS } from '../../../src/core/login/login-presets.ts';
import { handleSlashCommand } from '../../../src/flows/cli/slash-command.ts';
import { resolvePaths } from '../../../src/io/system/paths.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'bin');
const TEMPLATE = join(ROOT, 'templates', 'login.exp');
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
const PASSWORD = 'hunter2-Secret';

function kit(t: Parameters<typeof makeFakeHome>[0], opts: { config?: Record<string, unknown> | string; configFile?: string; programs?: string[]; expiresInMs?: number } = {}) {
  const files: Record<string, string> = {
    '.aws/credentials': `[dev]\naws_access_key_id = ASIAOLDKEY0000000001\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${iso(Date.now() + (opts.expiresInMs ?? 10 * 60_000))}\n`,
    [`kc/cc-aws-keepalive.dev`]: PASSWORD,
  };
  if (opts.config !== undefined) {
    files[`.config/cc-aws-keepalive/${opts.configFile ?? 'config.json'}`] = typeof opts.config === 'string' ? opts.config : JSON.stringify({ profile: 'dev', loginTimeoutSeconds: 30, ...opts.config }, null, 2);
  }
  const h = makeFakeHome(t, files);
  const bin = h.path('bin');
  mkdirSync(bin);
  for (const p of opts.programs ?? ['saml2aws']) symlinkSync(join(FIXTURES, 'fake-idp'), join(bin, p));
  const root = copyPlugin(cachePluginDir(h.path('.claude'), '0.1.0'));
  const env: Record<string, string> = {
    ...h.env,
    PATH: `${bin}:${FIXTURES}:${dirname(process.execPath)}:/usr/bin:/bin`,
    CLAUDE_CODE_USE_BEDROCK: '1',
    FAKE_KEYCHAIN_DIR: h.path('kc'),
    FAKE_KEYCHAIN_LOG: h.path('keychain.log'),
    FAKE_NOTIFY_LOG: h.path('notify.log'),
    FAKE_IDP_PASSWORD: PASSWORD,
  };
  const cli = (args: string[], extra: Record<string, string> = {}, timeoutMs = 60_000) => runScript(join(root, 'dist', 'cli.cjs'), { env: { ...env, ...extra }, args, timeoutMs });
  const notifications = () => {
    try {
      return readFileSync(h.path('notify.log'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as string[]);
    } catch {
      return [];
    }
  };
  const configPath = h.path(`.config/cc-aws-keepalive/${opts.configFile ?? 'config.json'}`);
  return { h, root, env, cli, notifications, configPath };
}

/** Runs the template the way a login runner would: no stdin, piped output, a hard deadline for the test itself. */
function runTemplate(env: Record<string, string>, args: string[]): Promise<{ code: number | null; out: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('expect', ['-f', TEMPLATE, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 45_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, ms: Date.now() - started });
    });
  });
}

test('expect template: logs in through the fake IdP with the keychain password; never prints it', async (t) => {
  const { h, env } = kit(t);
  const r = await runTemplate({ ...env, FAKE_IDP_KEY: 'ASIANEWKEY0000000001' }, ['dev', '20', 'saml2aws', 'login', '--profile', 'dev', '--role', 'Dev']);
  assert.equal(r.code, 0, r.out);
  assert.match(readFileSync(h.path('.aws/credentials'), 'utf8'), /aws_access_key_id = ASIANEWKEY0000000001/);
  assert.match(r.out, /MFA Number: 42/);
  assert.match(r.out, /cc-aws-keepalive: MFA number matching: choose 42/);
  assert.ok(!r.out.includes(PASSWORD), 'the password is never in the output');
  assert.match(readFileSync(h.path('keychain.log'), 'utf8'), /^secret-tool lookup service cc-aws-keepalive account dev$/m);
  // saml2aws's own prompt: "? Password " in colour codes, no colon.
  const survey = await runTemplate({ ...env, FAKE_IDP_PROMPT: 'survey' }, ['dev', '20', 'saml2aws', 'login', '--profile', 'dev', '--role', 'Dev']);
  assert.equal(survey.code, 0, survey.out);
});

test('expect template: a role menu, a refused password, a missing keychain entry and the timeout each end with a clear message', async (t) => {
  const { env, h } = kit(t);
  const menu = await runTemplate(env, ['dev', '20', 'saml2aws', 'login', '--profile', 'dev']);
  assert.equal(menu.code, 3, menu.out);
  assert.match(menu.out, /saml2aws shows a role menu, which auto-login cannot answer — pre-select the role/);
  assert.ok(menu.ms < 20_000);

  const wrong = await runTemplate({ ...env, FAKE_IDP_PASSWORD: 'something-else' }, ['dev', '20', 'saml2aws', '--profile', 'dev', '--role', 'Dev']);
  assert.equal(wrong.code, 4, wrong.out);
  assert.match(wrong.out, /refused the password stored in the keychain for "dev"/);
  assert.ok(!wrong.out.includes(PASSWORD));

  const none = await runTemplate(env, ['nobody', '20', 'saml2aws', '--profile', 'dev', '--role', 'Dev']);
  assert.equal(none.code, 2, none.out);
  assert.match(none.out, /no password for "nobody" in the keychain — store it once with: secret-tool store/);

  const user = await runTemplate({ ...env, FAKE_IDP_ASK_USER: '1' }, ['dev', '20', 'saml2aws', '--profile', 'dev', '--role', 'Dev']);
  assert.equal(user.code, 5, user.out);
  assert.match(user.out, /saml2aws asks "Username:", which auto-login cannot answer/);

  // MFA never approved: the template's own deadline, not the runner's, ends it.
  const slow = await runTemplate({ ...env, FAKE_IDP_APPROVE: h.path('never') }, ['dev', '3', 'saml2aws', '--profile', 'dev', '--role', 'Dev']);
  assert.equal(slow.code, 124, slow.out);
  assert.match(slow.out, /did not finish within 3 s/);
  assert.ok(slow.ms < 15_000);
});

test('setup --login, for every preset: config written, template installed 0700, a second run changes nothing, a broken config refused', async (t) => {
  for (const p of LOGIN_PRESETS) {
    await t.test(p.id, async (t2) => {
      const { cli, configPath, h } = kit(t2, { programs: [p.program] });
      const r = await cli(['setup', '--login', p.id, '--profile', 'dev']);
      assert.equal(r.code, 0, r.stdout);
      const bytes = readFileSync(configPath, 'utf8');
      const c = JSON.parse(bytes) as { profile: string; loginCmd: string; autoLoginCmd: string; expirationField: string };
      assert.equal(c.profile, 'dev');
      assert.equal(c.expirationField, p.expirationField);
      assert.ok(c.loginCmd.startsWith(p.manual[0]!), c.loginCmd);
      const flags = [...p.nonInteractive, ...(p.force ? [p.force] : [])].filter((f) => !f.includes('{'));
      for (const f of flags) assert.ok(c.autoLoginCmd.split(' ').includes(f), `${p.id}: ${f} in ${c.autoLoginCmd}`);
      assert.ok(c.autoLoginCmd.includes(h.path(`bin/${p.program}`)), 'the tool by its full path');
      if (p.needsPty) {
        const tpl = h.path('.config/cc-aws-keepalive/login.exp');
        assert.ok(c.autoLoginCmd.startsWith(`/usr/bin/expect -f ${tpl} -- dev 140 `), c.autoLoginCmd);
        assert.equal(statSync(tpl).mode & 0o777, 0o700);
        assert.equal(readFileSync(tpl, 'utf8'), readFileSync(TEMPLATE, 'utf8'));
        assert.match(r.stdout, /secret-tool store --label='cc-aws-keepalive dev' service cc-aws-keepalive account dev/);
      } else assert.ok(!r.stdout.includes('secret-tool'));
      assert.equal(statSync(h.path('.config/cc-aws-keepalive')).mode & 0o777, 0o700);
      assert.match(r.stdout, /login --test/);
      const again = await cli(['setup', '--login', p.id, '--profile', 'dev']);
      assert.equal(again.code, 0);
      assert.match(again.stdout, /already set — nothing to change/);
      assert.ok(!/installed|updated/.test(again.stdout), again.stdout);
      assert.equal(readFileSync(configPath, 'utf8'), bytes);
      const broken = `${bytes.slice(0, -3)},,}\n`;
      writeFileSync(configPath, broken);
      const refused = await cli(['setup', '--login', p.id, '--profile', 'dev']);
      assert.equal(refused.code, 1, refused.stdout);
      assert.match(refused.stdout, /not valid JSON .*nothing was changed/);
      assert.equal(readFileSync(configPath, 'utf8'), broken, 'refused byte-identical');
    });
  }
});

test('setup --login: a config that does not parse is refused byte-identical (JSON and TOML); TOML is edited; --dry-run writes nothing', async (t) => {
  const broken = '{\n  "profile": "dev",\n  "warnMinutes": 20,,\n}\n';
  const j = kit(t, { config: broken });
  const r = await j.cli(['setup', '--login', 'saml2aws']);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /config\.json:3:\d+: not valid JSON .* nothing was changed/);
  assert.equal(readFileSync(j.configPath, 'utf8'), broken);

  const badToml = 'profile = "dev"\nwarnMinutes = = 20\n';
  const bt = kit(t, { config: badToml, configFile: 'config.toml' });
  const rb = await bt.cli(['setup', '--login', 'saml2aws']);
  assert.equal(rb.code, 1);
  assert.match(rb.stdout, /config\.toml: not valid TOML/);
  assert.equal(readFileSync(bt.configPath, 'utf8'), badToml);

  const toml = '# my settings\nprofile = "dev"\nwarnMinutes = 20\n\n[unrelated]\nx = 1\n';
  const tk = kit(t, { config: toml, configFile: 'config.toml' });
  const dry = await tk.cli(['setup', '--login', 'aws-azure-login', '--dry-run']);
  assert.equal(dry.code, 0, dry.stdout);
  assert.match(dry.stdout, /autoLoginCmd = ".*aws-azure-login --profile dev --no-prompt --force-refresh/);
  assert.match(dry.stdout, /would install .*login\.exp/);
  assert.equal(readFileSync(tk.configPath, 'utf8'), toml);
  assert.throws(() => statSync(tk.h.path('.config/cc-aws-keepalive/login.exp')));
  const wet = await tk.cli(['setup', '--login', 'aws-azure-login']);
  assert.equal(wet.code, 0, wet.stdout);
  const text = readFileSync(tk.configPath, 'utf8');
  assert.ok(text.startsWith('# my settings\nprofile = "dev"\nwarnMinutes = 20\nloginCmd = "aws-azure-login --profile dev"\n'), text);
  assert.ok(text.endsWith('\n[unrelated]\nx = 1\n'));
  assert.match(text, /expirationField = "aws_expiration"/);
  const again = await tk.cli(['setup', '--login', 'aws-azure-login']);
  assert.match(again.stdout, /nothing to change/);
  assert.equal(readFileSync(tk.configPath, 'utf8'), text);
  const status = await tk.cli(['doctor']);
  assert.ok(!/config: .*(loginCmd|autoLoginCmd|expirationField|"profile")/.test(status.stdout), `our keys load without warnings:\n${status.stdout}`);
  assert.match(status.stdout, /✓ autoLoginCmd found/);
});

test('setup --login: an expiry field another tool left in the profile is named', async (t) => {
  const k = kit(t, { programs: ['aws-azure-login'] });
  const r = await k.cli(['setup', '--login', 'aws-azure-login', '--profile', 'dev']);
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stdout, /note: .*credentials \[dev\] has "x_security_token_expires" from another tool; aws-azure-login writes "aws_expiration"/);
  assert.equal((JSON.parse(readFileSync(k.configPath, 'utf8')) as { expirationField: string }).expirationField, 'aws_expiration');
});

test('setup --login: a template the user changed is kept; an untouched older copy is updated', async (t) => {
  const { cli, h } = kit(t);
  assert.equal((await cli(['setup', '--login', 'saml2aws'])).code, 0);
  const tpl = h.path('.config/cc-aws-keepalive/login.exp');
  writeFileSync(tpl, `${readFileSync(tpl, 'utf8')}# my change\n`);
  const kept = await cli(['setup', '--login', 'gimme-aws-creds']);
  assert.match(kept.stdout, /kept your changed .*login\.exp/);
  assert.match(readFileSync(tpl, 'utf8'), /# my change\n$/);
  // What an older release installed, untouched since: recorded hash matches, so the new template replaces it.
  const record = h.path('.local/state/cc-aws-keepalive/templates.json');
  const { createHash } = await import('node:crypto');
  writeFileSync(tpl, 'old shipped template\n');
  writeFileSync(record, JSON.stringify({ 'login.exp': createHash('sha256').update('old shipped template\n').digest('hex') }));
  const upd = await cli(['setup', '--login', 'saml2aws']);
  assert.match(upd.stdout, /updated .*login\.exp/);
  assert.equal(readFileSync(tpl, 'utf8'), readFileSync(TEMPLATE, 'utf8'));
});

test('MFA notification: one per login with the number, through the template; the IdP waits until it is seen', async (t) => {
  const { cli, h, notifications } = kit(t, { config: {} });
  assert.equal((await cli(['setup', '--login', 'saml2aws', '--role', 'arn:aws:iam::123456789012:role/Dev'])).code, 0);
  // The fake IdP waits for the approval file; the fake notifier creates it: no notification, no login.
  const approve = { FAKE_IDP_APPROVE: h.path('approved'), FAKE_NOTIFY_TOUCH: h.path('approved') };
  const r = await cli(['login'], approve);
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stdout, /Logged in: credentials valid for/);
  const n = notifications();
  assert.equal(n.length, 1, JSON.stringify(n));
  assert.equal(n[0]![0], 'notify-send');
  assert.match(n[0]!.join(' '), /choose 42/);
  assert.ok(!n[0]!.join(' ').includes(PASSWORD));
  assert.ok(!r.stdout.includes(PASSWORD));
});

test('MFA notification: none for a login without MFA, none with notify: false; the background login notifies too', async (t) => {
  const plain = kit(t, { config: {} });
  assert.equal((await plain.cli(['setup', '--login', 'saml2aws', '--role', 'Dev'])).code, 0);
  const r = await plain.cli(['login'], { FAKE_IDP_MFA: 'none' });
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual(plain.notifications(), []);

  const off = kit(t, { config: { notify: false } });
  assert.equal((await off.cli(['setup', '--login', 'saml2aws', '--role', 'Dev'])).code, 0);
  const o = await off.cli(['login']);
  assert.equal(o.code, 0, o.stdout);
  assert.match(o.stdout, /MFA Number: 42/);
  assert.deepEqual(off.notifications(), []);

  const bg = kit(t, { config: {}, expiresInMs: 5 * 60_000 });
  assert.equal((await bg.cli(['setup', '--login', 'saml2aws', '--role', 'Dev'])).code, 0);
  const env = { ...bg.env, CC_KEEPALIVE_PROFILE: 'dev', FAKE_IDP_APPROVE: bg.h.path('ok'), FAKE_NOTIFY_TOUCH: bg.h.path('ok'), FAKE_IDP_KEY: 'ASIABACKGROUND000001' };
  const b = await runScript(join(bg.root, 'dist', 'auth-refresh.cjs'), { env, args: ['--background'], timeoutMs: 60_000 });
  assert.equal(b.code, 0, b.stdout + b.stderr);
  assert.equal(bg.notifications().length, 1);
  assert.match(readFileSync(bg.h.path('.aws/credentials'), 'utf8'), /ASIABACKGROUND000001/);
});

test('MFA notification after a 403: awsAuthRefresh runs the template and notifies once', async (t) => {
  const k = kit(t, { config: {}, expiresInMs: -60_000 });
  assert.equal((await k.cli(['setup', '--login', 'saml2aws', '--role', 'Dev'])).code, 0);
  const env = { ...k.env, AWS_PROFILE: 'dev', FAKE_IDP_APPROVE: k.h.path('ok'), FAKE_NOTIFY_TOUCH: k.h.path('ok'), FAKE_IDP_KEY: 'ASIAAFTER403KEY00001' };
  const r = await runScript(join(k.root, 'dist', 'auth-refresh.cjs'), { env, timeoutMs: 60_000 });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /MFA Number: 42/);
  const n = k.notifications();
  assert.equal(n.length, 1, JSON.stringify(n));
  assert.match(n[0]!.join(' '), /choose 42/);
  assert.ok(!r.stdout.includes(PASSWORD));
});

test('login --test: reports a prompt left waiting and an unchanged expiry, with the fix', async (t) => {
  const hang = kit(t, { config: { autoLoginCmd: "printf 'Select account [1-3]: '; sleep 60", loginTimeoutSeconds: 10 } });
  const h = await hang.cli(['login', '--test']);
  assert.equal(h.code, 1, h.stdout);
  assert.match(h.stdout, /still running after 10\.0 s: stopped/);
  assert.match(h.stdout, /✗ a prompt was left waiting for input: "Select account \[1-3\]:"/);
  assert.match(h.stdout, /expiry of profile "dev": 9m left → 9m left \(unchanged\)|expiry of profile "dev": \d+m left → \d+m left \(unchanged\)/);
  assert.match(h.stdout, /fix: the tool wants a person at a terminal/);

  const noop = kit(t, { config: { autoLoginCmd: 'true' } });
  const n = await noop.cli(['login', '--test']);
  assert.equal(n.code, 1, n.stdout);
  assert.match(n.stdout, /✓ exit code 0 after/);
  assert.match(n.stdout, /\(unchanged\)/);
  assert.match(n.stdout, /fix: the command succeeded but profile "dev" still has the old credentials/);

  // The bare tool, without the template: it asks for its password on a terminal it does not have.
  const bare = kit(t, { config: { autoLoginCmd: 'saml2aws login --profile dev --role Dev' } });
  const b = await bare.cli(['login', '--test']);
  assert.equal(b.code, 1);
  assert.match(b.stdout, /prompt was left waiting for input: "Password:"/);
  assert.match(b.stdout, /fix: the tool asks for a password on a terminal, .*setup --login/);

  // Its own session: no controlling terminal to fall back on, as under Claude Code.
  const tty = kit(t, { config: { autoLoginCmd: 'printf x > /dev/tty' } });
  const y = await tty.cli(['login', '--test']);
  assert.equal(y.code, 1, y.stdout);
  assert.doesNotMatch(y.stdout, /✓ exit code 0/);

  // Typed into Claude Code: the answer is the terminal command, at once.
  const slash = await handleSlashCommand('/aws-keepalive login --test', { env: tty.env, paths: resolvePaths({ env: tty.env, home: tty.h.home, platform: 'linux' }), root: tty.root, platform: 'linux', cwd: tty.h.home, now: Date.now, sleep, nodeVersion: process.versions.node });
  assert.match(slash!.reason, /login --test runs autoLoginCmd for up to 30 s; run it in a terminal: node .*\/dist\/cli\.cjs login --test/);

  const good = kit(t, { config: {} });
  assert.equal((await good.cli(['setup', '--login', 'saml2aws', '--role', 'Dev'])).code, 0);
  const g = await good.cli(['login', '--test']);
  assert.equal(g.code, 0, g.stdout);
  assert.match(g.stdout, /✓ expiry of profile "dev": \d+m left → (59m|1h00m) left/);
  assert.match(g.stdout, /✓ autoLoginCmd works the way Claude Code runs it/);
  assert.ok(!g.stdout.includes(PASSWORD));
});

test('doctor: a missing notifier is a warning, never an error; it points at login --test', async (t) => {
  const { cli } = kit(t, { config: {} });
  assert.equal((await cli(['setup', '--login', 'saml2aws', '--role', 'Dev'])).code, 0);
  const withNotifier = await cli(['doctor']);
  assert.match(withNotifier.stdout, /autoLoginCmd found.*login --test runs it as Claude Code will/);
  assert.ok(!withNotifier.stdout.includes('notify:'));
  const bin = join(dirname(process.execPath));
  const without = await cli(['doctor'], { PATH: `${bin}:/usr/bin:/bin` });
  assert.match(without.stdout, /! notify: "notify-send" is not on PATH.*\n {4}fix: install notify-send/);
  assert.ok(!/✗ notify/.test(without.stdout));
});
