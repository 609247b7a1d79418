// A background login that the IdP refuses, on the real client (issue 20): autoLoginCmd as `setup --login saml2aws`
// writes it (the shipped expect template, the fake IdP tool, the password from the fake keychain), but the stored
// password is stale. One attempt; the next prompt says why and what to run; no second attempt while the user keeps
// prompting; after the user stores the right password and runs `/aws-keepalive login`, the session goes on.
// Checked to fail without the change: the hook started the template again on every prompt past the 5-minute interval
// (tests/integration/login/background-hour.test.ts counts 8 starts in an hour on libfaketime's clock).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, fakeIdpWorld, sleep, withSandbox, type Sandbox, readOrEmpty, until } from './harness.ts';

const KEY_A = 'AKIDE2EFAILEDLOGINAA';
const KEY_B = 'AKIDE2EFAILEDLOGINBB';
const MIN = 60_000;
const PASSWORD = 'e2e-idp-Password';
const STALE = 'e2e-old-Password';
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'bin');
const STATE = '.local/state/cc-aws-keepalive/work.json';

const read = readOrEmpty;

test('a refused stored password: one background attempt, the reason on the next prompt, none while prompting goes on; /aws-keepalive login after the fix and the session goes on', async (t) => {
  const { env, kc } = fakeIdpWorld(t, { password: PASSWORD, key: KEY_B });
  const idpLog = env.FAKE_IDP_LOG;
  const attempts = () => read(idpLog).trim().split('\n').filter(Boolean).length;
  await withSandbox(
    t,
    { scenario: 'login-failure', credentials: { akid: KEY_A, expires: new Date(Date.now() + 8 * MIN) }, bedrock: { validKeys: [KEY_A, KEY_B] }, maxRetries: 2, env, config: { profile: 'work', autoLoginMinutes: 30 } },
    async (sb: Sandbox) => {
      for (const [name, file] of [['saml2aws', 'fake-idp'], ['secret-tool', 'secret-tool'], ['notify-send', 'notify-send']]) {
        symlinkSync(join(FIXTURES, file!), join(sb.root, 'bin', name!));
      }
      sb.run('mkdir', ['-p', kc]);
      const storePassword = (p: string) => writeFileSync(join(kc, 'cc-aws-keepalive.work'), p);
      storePassword(STALE);
      const plugin = await sb.installPlugin();
      const cli = join(plugin.cacheDir, 'dist', 'cli.cjs');
      sb.keep('setup-login.txt', sb.run(process.execPath, [cli, 'setup', '--login', 'saml2aws', '--role', 'arn:aws:iam::123456789012:role/Dev']).out);

      const tui = await sb.startTui();
      const pid = tui.pid();
      await tui.ask('first question');
      await tui.waitForText(/auto-login started in the background/, 10_000, 'the auto-login notice');
      assert.ok(await until(() => /"kind": "auth"/.test(sb.read(STATE)), 45_000), `the refused sign-in is recorded\n${sb.read(STATE)}`);
      assert.equal(attempts(), 1);

      // The next prompt says what happened and what to run; the key still works, so the answer comes too.
      await tui.ask('second question');
      const screen = await tui.waitForText(/background login failed \(sign-in refused/, 10_000, 'the failure notice');
      assert.match(screen, /aws-keepalive login/);
      assert.ok(!screen.includes(STALE) && !screen.includes(PASSWORD), 'no password on screen');
      for (const q of ['third question', 'fourth question']) {
        // Ten minutes pass for the rate limit that was all there was before: its records move back in time.
        const st = JSON.parse(sb.read(STATE));
        st.lastProactiveLoginAt -= 10 * MIN;
        st.lastLogin.startedAt -= 10 * MIN;
        st.lastLogin.endedAt -= 10 * MIN;
        writeFileSync(join(sb.home, STATE), JSON.stringify(st));
        await tui.ask(q);
      }
      await sleep(3_000);
      tui.snapshot('after-prompting');
      assert.equal(attempts(), 1, 'no second attempt while the user keeps prompting');

      // The user stores the right password and logs in with our command.
      storePassword(PASSWORD);
      const login = sb.run(process.execPath, [cli, 'login'], { timeoutMs: 60_000, allowFail: true });
      sb.keep('login.txt', login.out);
      assert.ok(sb.read('.aws/credentials').includes(KEY_B), `the login wrote the new key\n${login.out}`);
      assert.doesNotMatch(sb.read(STATE), /"kind": "auth"/, 'the failure is cleared');

      sb.bedrock.setKey(KEY_A, 'expired');
      sb.note('key A expired on the server');
      const mark = sb.bedrock.log().length;
      await tui.ask('fifth question', 60_000);
      assert.equal(tui.pid(), pid, 'same process, no restart');
      assert.equal(sb.bedrock.log().slice(mark).find((e) => /PONG-5/.test(e.note ?? ''))?.akid, KEY_B, `answered with the new key:\n${sb.bedrock.formatLog()}`);
      await tui.stop();
    },
  );
});
