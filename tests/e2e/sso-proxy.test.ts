// IAM Identity Center behind a corporate proxy, on the real client in tmux: the portal and the OIDC token endpoint
// (fakes over HTTPS on 127.0.0.2, signed by a test CA) are reachable only through Debian's tinyproxy with basic auth
// (everything else it sends on to the harness's refusing proxy). The `aws` on PATH is a stub that fails and logs:
// no AWS CLI after sign-in. The SSO access token expires mid-session and the role key dies on Bedrock; the next
// prompt is answered: our export renewed the token (CreateToken) and fetched a new role key, both through the proxy.
// Baseline: the previous plugin behaviour is what issue 19 describes (ENOTFOUND, proxy ignored); here the baseline is
// no plugin at all, whose turn after the expiry fails.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeAws, makeCa, OPENSSL, startTinyproxy, TINYPROXY } from '../helpers/net-fakes.ts';
import { withSandbox, type Sandbox } from './harness.ts';

const skip = !TINYPROXY || !OPENSSL ? 'needs tinyproxy and openssl' : false;
const KEY_1 = 'AKIDE2EPROXYROLEAAAA';
const KEY_2 = 'AKIDE2EPROXYROLEBBBB';
const MIN = 60_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
const CONFIG = '[profile corp]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = BedrockUser\nregion = us-east-1\n[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n';
const TOKEN = `.aws/sso/cache/${createHash('sha1').update('corp').digest('hex')}.json`;
const token = (accessToken: string, expiresAt: number) =>
  JSON.stringify({ startUrl: 'https://corp.awsapps.com/start', region: 'us-east-1', accessToken, expiresAt: iso(expiresAt), clientId: 'c', clientSecret: 's', registrationExpiresAt: iso(Date.now() + 80 * 24 * 60 * MIN), refreshToken: 'first-refresh-token' });

async function corporate(t: TestContext, dir: string, refusingProxy: string) {
  const tls = makeCa(dir, ['127.0.0.2']);
  const aws = await fakeAws(t, tls, '127.0.0.2');
  aws.roleKey = (bearer) => (bearer === 'first-access-token' ? KEY_1 : KEY_2);
  aws.roleMs = 14 * MIN; // inside the role cache window: every export asks the portal
  const proxy = await startTinyproxy(t, join(dir, 'proxy'), 'alice', 'pr0xy-s3cret', { proxy: refusingProxy.replace(/^http:\/\//, ''), direct: '127.0.0.2' });
  return { aws, proxy, caFile: tls.caFile };
}

function corpSandbox(sb: Sandbox, c: Awaited<ReturnType<typeof corporate>>): Record<string, string> {
  sb.write('.aws/config', CONFIG);
  sb.write(TOKEN, token('first-access-token', Date.now() + 50 * MIN));
  // An `aws` that only logs: the AWS CLI is not there to help.
  chmodSync(sb.write('../bin/aws', `#!/bin/sh\necho "aws $*" >> "${sb.path('aws-calls.log')}"\necho "aws: not installed" >&2\nexit 127\n`), 0o755);
  return { HTTPS_PROXY: c.proxy.url, https_proxy: c.proxy.url, AWS_CA_BUNDLE: c.caFile, AWS_ENDPOINT_URL_SSO: c.aws.url, AWS_ENDPOINT_URL_SSO_OIDC: c.aws.url };
}

const opts = (scenario: string) => ({
  scenario,
  credentials: { akid: 'AKIDE2EUNUSEDWORKKEY' },
  config: { profile: 'corp' },
  bedrock: { validKeys: [KEY_1, KEY_2] },
  maxRetries: 2,
  env: { AWS_PROFILE: 'corp' },
});

test('sso behind a proxy: the token expires mid-session, no AWS CLI — the next prompt is answered (renewed through the proxy)', { skip }, async (t) => {
  await withSandbox(t, opts('sso-proxy'), async (sb) => {
    const c = await corporate(t, sb.path('corp-net'), sb.bedrock.url);
    const env = corpSandbox(sb, c);
    await sb.installPlugin();
    const tui = await sb.startTui({ name: 'sso-proxy', env });
    assert.equal(await tui.ask('first question', 60_000), 1);
    assert.equal(sb.bedrock.answered().at(-1)?.akid, KEY_1, 'role key from the portal, through the proxy');

    // The access token runs out and the role key dies on Bedrock.
    sb.write(TOKEN, token('first-access-token', Date.now() - MIN));
    sb.bedrock.setKey(KEY_1, 'expired');
    const r = await tui.askOrError('second question', 150_000);
    tui.snapshot('after-expiry');
    assert.ok(r.ok, `answered without an error on screen (${r.ok ? '' : r.error})`);
    assert.equal(sb.bedrock.answered().at(-1)?.akid, KEY_2);
    assert.equal(c.aws.requests.filter((q) => q.path === '/token').length, 1, 'one renewal');
    assert.ok(c.proxy.connects(`127.0.0.2:${c.aws.port}`) >= 3, c.proxy.log());
    const saved = JSON.parse(sb.read(TOKEN)) as { accessToken: string };
    assert.match(saved.accessToken, /^renewed-access-token-/);
    const awsCalls = existsSync(sb.path('aws-calls.log')) ? readFileSync(sb.path('aws-calls.log'), 'utf8').trim() : '';
    assert.equal(awsCalls, '', 'the AWS CLI was never needed');
    await tui.stop();
  });
});

test('sso behind a proxy, baseline: without the plugin the turn after the token expires fails', { skip }, async (t) => {
  await withSandbox(t, { ...opts('sso-proxy-baseline'), config: null }, async (sb) => {
    const c = await corporate(t, sb.path('corp-net'), sb.bedrock.url);
    const env = corpSandbox(sb, c);
    sb.write(TOKEN, token('first-access-token', Date.now() - MIN));
    const tui = await sb.startTui({ name: 'sso-proxy-baseline', env });
    const r = await tui.askOrError('first question', 150_000);
    tui.snapshot('baseline');
    assert.equal(r.ok, false, 'no renewal without the plugin: the turn fails');
    await tui.stop();
  });
});
