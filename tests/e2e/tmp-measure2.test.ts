import { test } from 'node:test';
import { join } from 'node:path';
import { ROOT, withSandbox, sleep } from './harness.ts';
const FAKE_LOGIN = join(ROOT, 'tests', 'fixtures', 'bin', 'fake-login.mjs');
test('measure: failing auto-login in TUI', async (t) => {
  await withSandbox(t, { scenario: 'measure-fail-tui', credentials: { akid: 'AKIDE2EAAAAAAAAAAAAA' }, maxRetries: 2 }, async (sb) => {
    await sb.installPlugin();
    sb.write('.config/cc-aws-keepalive/config.json', JSON.stringify({ profile: sb.profile, loginCmd: 'saml2aws login --profile work', autoLoginCmd: `FAKE_LOGIN_MODE=fail "${process.execPath}" "${FAKE_LOGIN}"` }));
    const tui = await sb.startTui();
    await tui.ask('first');
    sb.bedrock.setKey('AKIDE2EAAAAAAAAAAAAA', 'expired');
    sb.writeCredentials({ akid: 'AKIDE2EAAAAAAAAAAAAA', expires: new Date(Date.now() - 600_000) });
    await tui.submit('second');
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const s = tui.screen();
      const box = s.split('\n').filter((l) => /│|╭|╰/.test(l) && !/▐|▝|▘|Welcome|Tips|Recent|changelog|Sonnet|project|^╭─+╮$/.test(l)).join('\n');
      if (/Cloud auth|STDERR|saml2aws|expired/.test(s)) seen.add(s.split('\n').filter((l) => /Cloud auth|STDERR|saml2aws|autoLogin|expired|Error/.test(l)).join('\n'));
      await sleep(250);
    }
    console.log([...seen].join('\n-----\n'));
  });
});
