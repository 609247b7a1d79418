// Hostile network and hostile config (issue 22, finding 3; issue 19): an endpoint that redirects elsewhere never
// receives a second request carrying our secrets (SSO bearer token, refresh token and client secret, STS signature,
// webhook headers); a region that is no region name never becomes a host name; a plain-http override is used only
// for this machine. Fakes over HTTPS on 127.0.0.1 with a CA made here, and a second "attacker" server that counts
// what reaches it.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { makeFakeHome } from '../helpers/fake-home.ts';
import { fakeAws, makeCa, OPENSSL } from '../helpers/net-fakes.ts';
import { runEntry } from '../helpers/run-entry.ts';

const skip = OPENSSL ? false : 'needs openssl';
const H = 3600_000;
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
const iso = (t: number) => new Date(t).toISOString().replace(/\.\d+Z$/, 'Z');
const TOKEN = `.aws/sso/cache/${sha1('corp')}.json`;
const config = (ssoRegion = 'eu-west-1') =>
  `[profile corp]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = BedrockUser\n[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = ${ssoRegion}\n`;
const token = (accessToken: string, expiresAt: number) =>
  JSON.stringify({
    startUrl: 'https://corp.awsapps.com/start',
    region: 'eu-west-1',
    accessToken,
    expiresAt: iso(expiresAt),
    clientId: 'client-id-123',
    clientSecret: 'client-secret-456',
    registrationExpiresAt: iso(Date.now() + 80 * 24 * H),
    refreshToken: 'refresh-1',
  });

/** The endpoint and an attacker's server, both trusted (the attacker holds a valid certificate: the worst case). */
async function endpoints(t: TestContext, dir: string) {
  const tls = makeCa(dir);
  const aws = await fakeAws(t, tls);
  const attacker = await fakeAws(t, tls);
  aws.redirectTo = `${attacker.url}/steal`;
  return { aws, attacker, caFile: tls.caFile };
}

test('the SSO portal answering 302 to another origin: the bearer token is not sent there; the failure names the status and the Location host', { skip }, async (t) => {
  const h = makeFakeHome(t, { '.aws/config': config(), [TOKEN]: token('bearer-secret', Date.now() + H) });
  const { aws, attacker, caFile } = await endpoints(t, h.path('ca'));
  aws.portal = 'redirect';
  // NODE_EXTRA_CA_CERTS: trusted by any Node HTTP client, so the test shows what a client does with the redirect.
  const r = await runEntry('export-credentials', { env: { ...h.env, PATH: '/nonexistent-bin', AWS_PROFILE: 'corp', NODE_EXTRA_CA_CERTS: caFile, AWS_ENDPOINT_URL_SSO: aws.url } });
  assert.deepEqual(attacker.requests.map((q) => q.headers['x-amz-sso_bearer_token']), [], 'the redirect target received nothing');
  assert.equal(r.code, 1);
  assert.match(r.stderr, new RegExp(`portal at 127\\.0\\.0\\.1:${aws.port} answered HTTP 302 redirecting to 127\\.0\\.0\\.1:${attacker.port}: not followed`));
  assert.doesNotMatch(r.stderr, /bearer-secret/);
});

test('the OIDC token endpoint answering 302: the refresh token and client secret are not sent on', { skip }, async (t) => {
  const h = makeFakeHome(t, { '.aws/config': config(), [TOKEN]: token('expired', Date.now() - 60_000) });
  const { aws, attacker, caFile } = await endpoints(t, h.path('ca'));
  aws.oidc = 'redirect';
  const r = await runEntry('export-credentials', { env: { ...h.env, PATH: '/nonexistent-bin', AWS_PROFILE: 'corp', NODE_EXTRA_CA_CERTS: caFile, AWS_ENDPOINT_URL_SSO: aws.url, AWS_ENDPOINT_URL_SSO_OIDC: aws.url } });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /OIDC service at 127\.0\.0\.1:\d+ answered HTTP 302 redirecting to 127\.0\.0\.1:\d+: not followed/);
  assert.equal(attacker.requests.length, 0);
  assert.doesNotMatch(r.stderr, /refresh-1|client-secret-456/);
});

test('STS answering 302: the signed probe is not replayed elsewhere', { skip }, async (t) => {
  const h = makeFakeHome(t);
  const { aws, attacker, caFile } = await endpoints(t, h.path('ca'));
  aws.sts = 'redirect';
  const { probeSts } = await import('../../src/io/aws/sts.ts');
  const { stsTarget } = await import('../../src/core/aws/sts-plan.ts');
  const target = stsTarget({ AWS_ENDPOINT_URL_STS: aws.url, AWS_CA_BUNDLE: caFile }, null, 'p');
  const answer = await probeSts({ accessKeyId: 'ASIAEXAMPLE000000001', secretAccessKey: 's', sessionToken: 't' }, target, 5_000);
  assert.equal(answer.verdict, 'unknown');
  assert.match(answer.reason, /STS at 127\.0\.0\.1:\d+ answered HTTP 302 redirecting to 127\.0\.0\.1:\d+: not followed/);
  assert.equal(attacker.requests.length, 0);
});

test('a webhook answering 302: its headers are not sent on', { skip }, async (t) => {
  const h = makeFakeHome(t);
  const { aws, attacker, caFile } = await endpoints(t, h.path('ca'));
  aws.sts = 'redirect'; // the fake's /hook follows the same switch
  const { runWebhookTarget } = await import('../../src/io/sync/sync-webhook.ts');
  const out = await runWebhookTarget({ type: 'webhook', name: 'w', url: `${aws.url}/hook`, caFile, headers: { Authorization: 'Bearer ${HOOK_TOKEN}' } } as never, '{}', { HOOK_TOKEN: 'hook-secret' }, 5_000);
  assert.equal(out.ok, false);
  assert.match(out.message, /HTTP 302 redirecting to 127\.0\.0\.1:\d+: not followed/);
  assert.equal(attacker.requests.length, 0);
  assert.equal(aws.requests[0]?.headers.authorization, 'Bearer hook-secret');
});

for (const bad of ['x/#', 'attacker.example/#', 'EU-WEST-1', 'eu-west-1.evil']) {
  test(`sso_region = ${bad}: refused before any connection, naming the file and the key`, async (t) => {
    const h = makeFakeHome(t, { '.aws/config': config(bad), [TOKEN]: token('bearer-secret', Date.now() + H) });
    const r = await runEntry('export-credentials', { env: { ...h.env, PATH: '/nonexistent-bin', AWS_PROFILE: 'corp' } });
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    const esc = h.path('.aws/config').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    assert.match(r.stderr, new RegExp(`sso_region of \\[sso-session corp\\] in ${esc} is ".*", not a region name`));
  });
}

test('a region that is no region name never reaches the STS host name', () => {
  return import('../../src/core/aws/sts-plan.ts').then(({ stsTarget }) => {
    const t = stsTarget({ AWS_REGION: 'evil.example/#' }, null, 'p');
    assert.match(t.problem ?? '', /AWS_REGION is "evil\.example\/#", not a region name/);
    const fromConfig = stsTarget({}, 'x/#', 'p');
    assert.match(fromConfig.problem ?? '', /region of profile "p" in ~\/\.aws\/config is "x\/#"/);
  });
});

test('an endpoint override over plain http is used only for this machine', async (t) => {
  const h = makeFakeHome(t, { '.aws/config': config(), [TOKEN]: token('bearer-secret', Date.now() + H) });
  const r = await runEntry('export-credentials', { env: { ...h.env, PATH: '/nonexistent-bin', AWS_PROFILE: 'corp', AWS_ENDPOINT_URL_SSO: 'http://portal.example:8080' } });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /AWS_ENDPOINT_URL_SSO=http:\/\/portal\.example:8080 is refused: .*https:\/\//);
});
