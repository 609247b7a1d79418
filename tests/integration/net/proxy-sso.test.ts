// Behind the corporate network: Debian's tinyproxy with basic auth on 127.0.0.1, a fake IAM Identity Center (portal
// and OIDC) over HTTPS signed by a CA made here with openssl, and no `aws` on PATH. The export gets role credentials
// through the proxy, renews an expired sso-session token itself, and says exactly what is wrong when it cannot.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { makeFakeHome, type FakeHome } from '../../helpers/fake-home.ts';
import { fakeAws, makeCa, OPENSSL, startTinyproxy, TINYPROXY, type FakeAws } from '../../helpers/net-fakes.ts';
import { runEntry } from '../../helpers/run-entry.ts';

const skip = !TINYPROXY || !OPENSSL ? 'needs tinyproxy and openssl (apt-get install tinyproxy openssl)' : false;
const H = 3600_000;
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
const TOKEN = `.aws/sso/cache/${sha1('corp')}.json`;
const iso = (t: number) => new Date(t).toISOString().replace(/\.\d+Z$/, 'Z');
const config = (extra = '') =>
  `[profile corp]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = BedrockUser\nregion = us-east-1\n${extra}[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n`;
const REGISTRATION = { clientId: 'client-id-123', clientSecret: 'client-secret-456', registrationExpiresAt: iso(Date.now() + 80 * 24 * H) };
const token = (accessToken: string, expiresAt: number, refreshToken = 'refresh-1') =>
  JSON.stringify({ startUrl: 'https://corp.awsapps.com/start', region: 'eu-west-1', accessToken, expiresAt: iso(expiresAt), ...REGISTRATION, refreshToken });

interface Net {
  h: FakeHome;
  aws: FakeAws;
  proxy: Awaited<ReturnType<typeof startTinyproxy>>;
  caFile: string;
  env: Record<string, string>;
}

async function corpNet(t: TestContext, tokenText: string, configExtra = ''): Promise<Net> {
  const h = makeFakeHome(t, { '.aws/config': config(configExtra), [TOKEN]: tokenText });
  const { caFile, key, cert } = makeCa(h.path('ca'));
  const aws = await fakeAws(t, { key, cert });
  const proxy = await startTinyproxy(t, h.path('proxy'));
  const env = {
    ...h.env,
    PATH: '/nonexistent-bin',
    AWS_PROFILE: 'corp',
    HTTPS_PROXY: proxy.url,
    AWS_CA_BUNDLE: caFile,
    AWS_ENDPOINT_URL_SSO: aws.url,
    AWS_ENDPOINT_URL_SSO_OIDC: aws.url,
  };
  return { h, aws, proxy, caFile, env };
}

const exportCreds = (env: Record<string, string>) => runEntry('export-credentials', { env, timeoutMs: 30_000 });

test('HTTPS_PROXY with basic auth: the portal call goes through the proxy (its log), with AWS_CA_BUNDLE trusted', { skip }, async (t) => {
  const n = await corpNet(t, token('good-token', Date.now() + H));
  const r = await exportCreds(n.env);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /"AccessKeyId":"ASIAPROXIEDKEY000001"/);
  assert.equal(n.proxy.connects(`127.0.0.1:${n.aws.port}`), 1, n.proxy.log());
  assert.equal(n.aws.requests[0]?.headers['x-amz-sso_bearer_token'], 'good-token');
});

test('NO_PROXY (host, host:port, .suffix or *) bypasses the proxy', { skip }, async (t) => {
  for (const kind of ['host', 'port', 'suffix', 'star'] as const) {
    const n = await corpNet(t, token('good-token', Date.now() + H));
    const entry = { host: '127.0.0.1', port: `example.com, 127.0.0.1:${n.aws.port}`, suffix: '.localhost', star: '*' }[kind];
    const url = kind === 'suffix' ? `https://localhost:${n.aws.port}` : n.aws.url;
    const r = await exportCreds({ ...n.env, AWS_ENDPOINT_URL_SSO: url, NO_PROXY: entry });
    assert.equal(r.code, 0, `${entry}: ${r.stderr}`);
    assert.doesNotMatch(n.proxy.log(), /CONNECT (127\.0\.0\.1|localhost):/, entry);
    assert.equal(n.aws.requests.length, 1);
  }
  // A NO_PROXY for another port does not match.
  const n = await corpNet(t, token('good-token', Date.now() + H));
  const r = await exportCreds({ ...n.env, NO_PROXY: '127.0.0.1:1' });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(n.proxy.connects(`127.0.0.1:${n.aws.port}`), 1);
});

test('a wrong proxy password: one line naming the proxy, the password never shown', { skip }, async (t) => {
  const n = await corpNet(t, token('good-token', Date.now() + H));
  const r = await exportCreds({ ...n.env, HTTPS_PROXY: n.proxy.url.replace('pr0xy-s3cret', 'wr0ng-pa55') });
  assert.equal(r.code, 1);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, new RegExp(`proxy http://alice:\\*\\*\\*@127\\.0\\.0\\.1:${n.proxy.port} \\(HTTPS_PROXY\\) refused .*check the user and password`));
  assert.doesNotMatch(r.stderr, /wr0ng-pa55|pr0xy-s3cret/);
  assert.equal(n.aws.requests.length, 0, 'nothing reached the portal');
});

test('the CA: without AWS_CA_BUNDLE the portal is not trusted; ca_bundle in ~/.aws/config is enough', { skip }, async (t) => {
  const n = await corpNet(t, token('good-token', Date.now() + H));
  const { AWS_CA_BUNDLE: _, ...noCa } = n.env;
  const r = await exportCreds(noCa);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /certificate of the IAM Identity Center portal at 127\.0\.0\.1:\d+ is not trusted .* set AWS_CA_BUNDLE/);
  assert.equal(n.aws.requests.length, 0, 'no request over an untrusted connection');

  const m = await corpNet(t, token('good-token', Date.now() + H), '');
  m.h.write('.aws/config', config(`ca_bundle = ${m.caFile}\n`));
  const { AWS_CA_BUNDLE: __, ...viaConfig } = m.env;
  const ok = await exportCreds(viaConfig);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(m.proxy.connects(`127.0.0.1:${m.aws.port}`), 1);
});

test('renewal: an expired sso-session token is renewed through the proxy (OIDC CreateToken), written back 0600 with the registration kept', { skip }, async (t) => {
  const n = await corpNet(t, token('expired-token', Date.now() - 10 * 60_000, 'refresh-1'));
  n.aws.rotateRefreshTo = 'refresh-2';
  const r = await exportCreds(n.env);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /"AccessKeyId":"ASIAPROXIEDKEY000001"/);
  const oidc = n.aws.requests.filter((q) => q.path === '/token');
  assert.equal(oidc.length, 1);
  assert.deepEqual(JSON.parse(oidc[0]!.body), { clientId: 'client-id-123', clientSecret: 'client-secret-456', grantType: 'refresh_token', refreshToken: 'refresh-1' });
  const portal = n.aws.requests.find((q) => q.path.startsWith('/federation/credentials'));
  assert.equal(portal?.headers['x-amz-sso_bearer_token'], 'renewed-access-token-1');
  const file = n.h.path(TOKEN);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  assert.equal(saved.accessToken, 'renewed-access-token-1');
  assert.equal(saved.refreshToken, 'refresh-2');
  assert.ok(Date.parse(saved.expiresAt!) > Date.now() + 50 * 60_000);
  for (const k of ['startUrl', 'region', 'clientId', 'clientSecret', 'registrationExpiresAt'] as const) assert.equal(saved[k], JSON.parse(token('x', 0))[k], k);
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.equal(n.proxy.connects(`127.0.0.1:${n.aws.port}`), 2, 'OIDC and the portal both through the proxy');
});

test('renewal: eight parallel exports renew once', { skip }, async (t) => {
  const n = await corpNet(t, token('expired-token', Date.now() - 60_000));
  n.aws.oidcDelayMs = 400;
  const runs = await Promise.all(Array.from({ length: 8 }, () => exportCreds(n.env)));
  for (const r of runs) assert.equal(r.code, 0, r.stderr);
  assert.equal(n.aws.requests.filter((q) => q.path === '/token').length, 1);
});

test('renewal refused (invalid_grant): the sso-session is over — the export says `aws sso login`, the estimate becomes the truth', { skip }, async (t) => {
  const n = await corpNet(t, token('expired-token', Date.now() - 60_000));
  n.aws.oidc = 'invalid_grant';
  const r = await exportCreds(n.env);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /refused to renew the SSO token of profile "corp" \(invalid_grant: Invalid refresh token provided\): the sign-in has ended — run aws sso login --sso-session corp/);
  assert.doesNotMatch(r.stderr, /refresh-1|client-secret-456/);
  const rec = JSON.parse(readFileSync(n.h.path('.local/state/cc-aws-keepalive/sso-session-corp.json'), 'utf8')) as { refusedAt?: number };
  assert.ok(typeof rec.refusedAt === 'number', 'the refusal is recorded');
  const status = await runEntry('statusline', { env: n.env, stdin: '{}' });
  assert.equal(status.stdout, 'AWS: EXPIRED\n');
  const hook = await runEntry('prompt-submit', { env: { ...n.env, CLAUDE_CODE_USE_BEDROCK: '1' }, stdin: '{"hook_event_name":"UserPromptSubmit","prompt":"hi","session_id":"s"}' });
  assert.match(hook.stdout, /AWS session \(profile corp\) expired .* run: aws sso login --profile corp/);
  assert.equal(n.aws.requests.filter((q) => q.path.startsWith('/federation')).length, 0);
});
