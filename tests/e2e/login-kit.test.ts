// login-kit: the real client, a session whose key has 8 minutes left, and autoLoginCmd as `setup --login saml2aws`
// writes it: the shipped expect template under the real `expect`, driving the fake IdP tool (tests/fixtures/bin/
// fake-idp: password prompt on its terminal, spinner, "MFA Number: 42", waits for approval) with the password from
// the fake keychain (secret-tool). The fake notify-send approves once it is called: no notification, no login.
// Baseline: the same tool as a hand-written autoLoginCmd (no template) cannot log in without a terminal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, fakeIdpWorld, sleep, withSandbox, type Sandbox, readOrEmpty, until } from './harness.ts';

const KEY_A = 'AKIDE2ELOGINKITAAAAA';
const KEY_B = 'AKIDE2ELOGINKITBBBBB';
const MIN = 60_000;
const PASSWORD = 'e2e-idp-Password';
const SCREEN_ERROR = /API Error|security token included in the request is expired|Failed to authenticate|\b403\b/;
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'bin');

const outside = (t: Parameters<typeof withSandbox>[0]) => fakeIdpWorld(t, { password: PASSWORD, key: KEY_B });

/** The fake tools where a user's would be: on PATH (the sandbox's bin/ is first on it). */
function installTools(sb: Sandbox, kc: string): void {
  for (const [name, file] of [['saml2aws', 'fake-idp'], ['secret-tool', 'secret-tool'], ['notify-send', 'notify-send']]) {
    symlinkSync(join(FIXTURES, file!), join(sb.root, 'bin', name!));
  }
  sb.run('mkdir', ['-p', kc]);
  sb.run('sh', ['-c', `printf %s '${PASSWORD}' > '${join(kc, 'cc-aws-keepalive.work')}'`]);
}

const read = readOrEmpty;

test('login-kit baseline: the login tool as a plain autoLoginCmd cannot log in without a terminal', async (t) => {
  const o = outside(t);
  await withSandbox(
    t,
    { scenario: 'login-kit-baseline', credentials: { akid: KEY_A, expires: new Date(Date.now() + 8 * MIN) }, bedrock: { validKeys: [KEY_B] }, maxRetries: 2, env: o.env, config: { profile: 'work', autoLoginMinutes: 30, autoLoginCmd: 'saml2aws login --profile work --skip-prompt --force --role Dev' } },
    async (sb) => {
      installTools(sb, o.kc);
      await sb.installPlugin();
      const tui = await sb.startTui();
      await tui.ask('first question');
      await tui.waitForText(/auto-login started in the background/, 10_000, 'the auto-login notice');
      assert.ok(await until(() => read(o.env.FAKE_IDP_LOG).length > 0, 15_000), 'the tool ran');
      await sleep(2_000);
      assert.match(sb.read('.aws/credentials'), new RegExp(KEY_A), 'still the old key: the tool refused to run without a terminal');
      assert.equal(read(o.env.FAKE_NOTIFY_LOG), '', 'no notification');
      tui.snapshot('after-turn-1');
      await tui.stop();
    },
  );
});

test('login-kit: setup --login saml2aws, then a background login through the template, one MFA notification, the next prompt on the new key', async (t) => {
  const o = outside(t);
  await withSandbox(
    t,
    { scenario: 'login-kit', credentials: { akid: KEY_A, expires: new Date(Date.now() + 8 * MIN) }, bedrock: { validKeys: [KEY_B] }, maxRetries: 2, env: o.env, config: { profile: 'work', autoLoginMinutes: 30 } },
    async (sb) => {
      installTools(sb, o.kc);
      const plugin = await sb.installPlugin();
      const setup = sb.run(process.execPath, [join(plugin.cacheDir, 'dist', 'cli.cjs'), 'setup', '--login', 'saml2aws', '--role', 'arn:aws:iam::123456789012:role/Dev']);
      sb.keep('setup-login.txt', setup.out);
      const config = JSON.parse(sb.read('.config/cc-aws-keepalive/config.json')) as { autoLoginCmd: string };
      assert.match(config.autoLoginCmd, /expect -f .*\/\.config\/cc-aws-keepalive\/login\.exp -- work \d+ .*saml2aws login --profile work --skip-prompt --force --role/);

      const tui = await sb.startTui();
      const pid = tui.pid();
      await tui.ask('first question');
      await tui.waitForText(/auto-login started in the background/, 10_000, 'the auto-login notice');
      assert.ok(await until(() => sb.read('.aws/credentials').includes(KEY_B), 45_000), `the background login wrote the new key\n${read(o.env.FAKE_IDP_LOG)}`);
      const notes = read(o.env.FAKE_NOTIFY_LOG).trim().split('\n').filter(Boolean);
      sb.keep('notifications.txt', notes.join('\n'));
      assert.equal(notes.length, 1, 'one notification for the login');
      assert.match(notes[0]!, /choose 42/);
      assert.ok(!notes[0]!.includes(PASSWORD));
      tui.snapshot('after-turn-1');

      sb.bedrock.setKey(KEY_A, 'expired');
      sb.note('key A expired on the server');
      const mark = sb.bedrock.log().length;
      const n = await tui.ask('second question', 60_000);
      const screen = tui.snapshot('after-turn-2');
      assert.equal(n, 2);
      assert.equal(tui.pid(), pid, 'same process, no restart');
      assert.doesNotMatch(screen, SCREEN_ERROR, 'no error on screen');
      assert.ok(!screen.includes(PASSWORD));
      assert.equal(sb.bedrock.log().slice(mark).find((e) => e.note === 'PONG-2')?.akid, KEY_B, `answered with the new key:\n${sb.bedrock.formatLog()}`);
      assert.equal(read(o.env.FAKE_IDP_LOG).trim().split('\n').length, 1, 'one login');
      await tui.stop();
    },
  );
});
