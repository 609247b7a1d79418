// IAM Identity Center (`sso-session`) on the real client, in tmux: no keys in ~/.aws/credentials and no real AWS CLI.
// The status line shows the estimated end of the sign-in, the prompt hook warns before it; then IAM Identity
// Center refuses the token (a fake portal on 127.0.0.1), the key dies on Bedrock, and the next prompt is answered
// after awsAuthRefresh ran `aws sso login` (a fake on PATH) and fetched new role credentials from the portal.
// Baseline: without the plugin, no countdown, no warning, and the turn after the sign-in ends fails.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, utimesSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT, Tui, withSandbox, type Sandbox } from './harness.ts';

const KEY_1 = 'AKIDE2ESSOROLEAAAAAA';
const KEY_2 = 'AKIDE2ESSOROLEBBBBBB';
const MIN = 60_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
const CONFIG = '[profile corp]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = BedrockUser\nregion = us-east-1\n[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n';

/**
 * The fake portal: role credentials for the access token `aws sso login` writes; the first sign-in's token is
 * accepted until `revoke()` (IAM Identity Center ending the session).
 */
async function startPortal(t: TestContext) {
  let revoked = false;
  const calls: string[] = [];
  const portal = createServer((req, res) => {
    const bearer = String(req.headers['x-amz-sso_bearer_token'] ?? '');
    calls.push(bearer);
    res.setHeader('content-type', 'application/json');
    if (bearer === 'first-access-token' && revoked) {
      res.statusCode = 401;
      res.end('{"message":"Session token not found or invalid","__type":"UnauthorizedException"}');
      return;
    }
    const akid = bearer === 'signed-in-access-token' ? KEY_2 : KEY_1;
    // 14 minutes: short enough that the CLI's role cache window (15 min) sends every export back to the portal.
    res.end(JSON.stringify({ roleCredentials: { accessKeyId: akid, secretAccessKey: `secret-${akid}`, sessionToken: `token-${akid}==`, expiration: Date.now() + 14 * MIN } }));
  });
  await new Promise<void>((r) => portal.listen(0, '127.0.0.1', r));
  t.after(() => new Promise<void>((r) => portal.close(() => r())));
  return { url: `http://127.0.0.1:${(portal.address() as AddressInfo).port}`, calls, revoke: () => void (revoked = true) };
}

const sandbox = (scenario: string, portalUrl: string) => ({
  scenario,
  // The sandbox's ~/.aws/credentials holds only [work]; this session's profile lives in ~/.aws/config.
  credentials: { akid: 'AKIDE2EUNUSEDWORKKEY' },
  config: { profile: 'corp', autoLoginCmd: 'aws sso login --profile corp', autoLoginMinutes: 0, loginTimeoutSeconds: 30 },
  bedrock: { validKeys: [KEY_1, KEY_2] },
  maxRetries: 2,
  env: { AWS_PROFILE: 'corp', AWS_ENDPOINT_URL_SSO: portalUrl },
});

/** The sso-session profile, its sign-in 7 h 35 min ago (the default 8 h session ends in about 25 minutes), a fake `aws`. */
function signedIn(sb: Sandbox): void {
  copyFileSync(join(ROOT, 'tests', 'fixtures', 'bin-sso', 'aws'), join(sb.root, 'bin', 'aws'));
  sb.write('.aws/config', CONFIG);
  const now = Date.now();
  const token = sb.write(
    `.aws/sso/cache/${createHash('sha1').update('corp').digest('hex')}.json`,
    JSON.stringify({ startUrl: 'https://corp.awsapps.com/start', region: 'us-east-1', accessToken: 'first-access-token', expiresAt: iso(now + 50 * MIN), clientId: 'c', clientSecret: 's', registrationExpiresAt: iso(now + 80 * 24 * 60 * MIN), refreshToken: 'first-refresh-token' }),
  );
  utimesSync(token, (now - 455 * MIN) / 1000, (now - 455 * MIN) / 1000);
}

test('sso-session baseline: without the plugin, no countdown or warning, and the session dies with the sign-in', async (t) => {
  const portal = await startPortal(t);
  await withSandbox(t, { ...sandbox('sso-session-baseline', portal.url), config: null }, async (sb) => {
    signedIn(sb);
    const tui = await sb.startTui({ name: 'sso-baseline' });
    // Claude Code's own SDK gets the role key from the portal (it honours AWS_ENDPOINT_URL_SSO).
    assert.equal(await tui.ask('first question'), 1);
    assert.equal(sb.bedrock.answered().at(-1)?.akid, KEY_1);
    portal.revoke();
    sb.bedrock.setKey(KEY_1, 'expired');
    const r = await tui.askOrError('second question', 150_000);
    const screen = tui.snapshot('after-expiry');
    assert.equal(r.ok, false, 'the turn after the sign-in ended fails');
    assert.doesNotMatch(screen, /AWS: |UserPromptSubmit says/);
    await tui.stop();
  });
});

test('sso-session: estimated countdown and warning on screen; after a refused token, `aws sso login` recovers the session', async (t) => {
  const portal = await startPortal(t);
  const { calls } = portal;
  await withSandbox(
    t,
    sandbox('sso-session', portal.url),
    async (sb) => {
      signedIn(sb);
      const plugin = await sb.installPlugin();
      sb.keep('setup.txt', sb.run(process.execPath, [join(plugin.cacheDir, 'dist', 'cli.cjs'), 'setup', '--statusline']).out);

      const tui = new Tui(sb, 'sso', {});
      await tui.waitForText(/AWS: ≈2[45]m/, 60_000, 'the estimated countdown in the status line');
      assert.equal(await tui.ask('first question'), 1);
      assert.equal(sb.bedrock.answered().at(-1)?.akid, KEY_1, 'role credentials from the portal, no AWS CLI');
      // The line wraps at the pane's width: any run of spaces and line breaks between words.
      await tui.waitForText(/UserPromptSubmit says: AWS session \(profile corp\) expires in ≈2[345]m \(estimated from the IAM Identity Center\s+sign-in\s+time and\s+ssoSessionHours\)\s+—\s+run:\s+aws sso login --profile corp/, 15_000, 'the warning before the estimated end');
      tui.snapshot('warned');

      // IAM Identity Center ends the session: the token is refused, and the role key dies on Bedrock.
      portal.revoke();
      sb.bedrock.setKey(KEY_1, 'expired');
      const r = await tui.askOrError('second question', 150_000);
      tui.snapshot('after-recovery');
      assert.ok(r.ok, `recovered without an error on screen (${r.ok ? '' : r.error})`);
      assert.equal(sb.bedrock.answered().at(-1)?.akid, KEY_2);
      const awsCalls = existsSync(sb.path('aws-calls.log')) ? readFileSync(sb.path('aws-calls.log'), 'utf8').trim().split('\n') : [];
      assert.deepEqual(awsCalls.filter((c) => c.startsWith('sso login')), ['sso login --profile corp'], 'one `aws sso login`');
      assert.ok(calls.includes('signed-in-access-token'), 'new role credentials came from the portal with the new token');
      // A witnessed sign-in: a fresh 8 h estimate.
      await tui.waitForText(/AWS: ≈7h5\dm/, 60_000, 'the new estimate in the status line');
      await tui.stop();
    },
  );
});
