import { test } from 'node:test';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { ROOT, withSandbox } from './harness.ts';
const FAKE_LOGIN = join(ROOT, 'tests', 'fixtures', 'bin', 'fake-login.mjs');
test('measure: failing auto-login in -p', async (t) => {
  await withSandbox(t, { scenario: 'measure-fail', credentials: { akid: 'AKIDE2EAAAAAAAAAAAAA', expires: new Date(Date.now() - 600_000) }, maxRetries: 2 }, async (sb) => {
    sb.bedrock.setKey('AKIDE2EAAAAAAAAAAAAA', 'expired');
    await sb.installPlugin();
    sb.write('.config/cc-aws-keepalive/config.json', JSON.stringify({ profile: sb.profile, loginCmd: 'saml2aws login --profile work', autoLoginCmd: `FAKE_LOGIN_MODE=fail FAKE_LOGIN_COUNT="$HOME/logins.txt" "${process.execPath}" "${FAKE_LOGIN}"` }));
    const r = await sb.claudePrint('hello', { timeoutMs: 120_000 });
    console.log('EXIT', r.code, r.ms, '\nSTDOUT', r.stdout, '\nSTDERR', r.stderr);
    console.log(fs.existsSync(sb.path('logins.txt')) ? fs.readFileSync(sb.path('logins.txt'),'utf8') : 'no logins');
    console.log(r.debugLog().split('\n').filter((l: string) => /auth refresh|awsAuthRefresh|autoLogin|caller identity|credential export|saml2aws|Error/i.test(l)).join('\n'));
  });
});
