// doctor names, for each AWS endpoint the profile uses, the proxy and extra CA in effect and whether it answers
// through them — with an unauthenticated HEAD, so no credential leaves the machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { fakeAws, makeCa, OPENSSL, startTinyproxy, TINYPROXY } from '../../helpers/net-fakes.ts';
import { runEntry } from '../../helpers/run-entry.ts';

const skip = !TINYPROXY || !OPENSSL ? 'needs tinyproxy and openssl' : false;
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
const iso = (t: number) => new Date(t).toISOString().replace(/\.\d+Z$/, 'Z');
const CONFIG = '[profile corp]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = BedrockUser\nregion = eu-west-1\n[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n';
const TOKEN_TEXT = JSON.stringify({ accessToken: 'bearer-secret', expiresAt: iso(Date.now() + 3600_000), refreshToken: 'refresh-secret', clientId: 'c', clientSecret: 'client-secret', registrationExpiresAt: iso(Date.now() + 86400_000), region: 'eu-west-1', startUrl: 'https://corp.awsapps.com/start' });

test('doctor: STS, the portal and OIDC each shown with the proxy (password hidden) and CA, reached through the proxy, nothing sent', { skip }, async (t) => {
  const h = makeFakeHome(t, { '.aws/config': CONFIG, [`.aws/sso/cache/${sha1('corp')}.json`]: TOKEN_TEXT, '.config/cc-aws-keepalive/config.json': '{"profile":"corp"}' });
  const tls = makeCa(h.path('ca'));
  const aws = await fakeAws(t, tls);
  const proxy = await startTinyproxy(t, h.path('proxy'));
  const env = { ...h.env, AWS_PROFILE: 'corp', HTTPS_PROXY: proxy.url, AWS_CA_BUNDLE: tls.caFile, AWS_ENDPOINT_URL: aws.url };
  const r = await runEntry('cli', { env, args: ['doctor'], timeoutMs: 30_000 });
  const via = `proxy http://alice:\\*\\*\\*@127\\.0\\.0\\.1:${proxy.port} \\(HTTPS_PROXY\\), extra CA ${tls.caFile.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(AWS_CA_BUNDLE\\)`;
  for (const name of ['STS', 'IAM Identity Center portal', 'IAM Identity Center OIDC']) {
    assert.match(r.stdout, new RegExp(`✓ ${name} at 127\\.0\\.0\\.1:${aws.port} reachable — ${via}`), r.stdout);
  }
  assert.doesNotMatch(r.stdout + r.stderr, /pr0xy-s3cret|bearer-secret|refresh-secret|client-secret/);
  assert.equal(proxy.connects(`127.0.0.1:${aws.port}`), 3, proxy.log());
  assert.ok(aws.requests.length === 3 && aws.requests.every((q) => q.method === 'HEAD' && q.body === '' && !q.headers.authorization && !q.headers['x-amz-sso_bearer_token']), JSON.stringify(aws.requests.map((q) => [q.method, Object.keys(q.headers)])));

  // Without the CA, each endpoint fails with the reason and the fix.
  const { AWS_CA_BUNDLE: _, ...noCa } = env;
  const bad = await runEntry('cli', { env: noCa, args: ['doctor'], timeoutMs: 30_000 });
  assert.match(bad.stdout, /! STS: the certificate of STS at 127\.0\.0\.1:\d+ is not trusted/);
  assert.match(bad.stdout, /✗ IAM Identity Center portal: the certificate of .* is not trusted/);
  assert.match(bad.stdout, /fix: set HTTPS_PROXY\/NO_PROXY and AWS_CA_BUNDLE/);
});

test('doctor: NO_PROXY shows which endpoint goes direct; the profile\'s ca_bundle serves STS too', { skip }, async (t) => {
  const h = makeFakeHome(t, { '.aws/config': CONFIG, [`.aws/sso/cache/${sha1('corp')}.json`]: TOKEN_TEXT, '.config/cc-aws-keepalive/config.json': '{"profile":"corp"}' });
  const tls = makeCa(h.path('ca'));
  const aws = await fakeAws(t, tls);
  const proxy = await startTinyproxy(t, h.path('proxy'));
  h.write('.aws/config', CONFIG.replace('region = eu-west-1\n', `region = eu-west-1\nca_bundle = ${tls.caFile}\n`));
  const env = { ...h.env, AWS_PROFILE: 'corp', HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1', AWS_ENDPOINT_URL: aws.url };
  const r = await runEntry('cli', { env, args: ['doctor'], timeoutMs: 30_000 });
  assert.match(r.stdout, /✓ STS at 127\.0\.0\.1:\d+ reachable — direct \(NO_PROXY: 127\.0\.0\.1\), extra CA \S+ca\.pem \(ca_bundle in ~\/\.aws\/config\)/, r.stdout);
  assert.match(r.stdout, /✓ IAM Identity Center OIDC at 127\.0\.0\.1:\d+ reachable — direct/);
  assert.equal(proxy.connects(`127.0.0.1:${aws.port}`), 0);
});
