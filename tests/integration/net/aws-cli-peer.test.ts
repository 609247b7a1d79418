// The real AWS CLI v2 (Debian's awscli, /usr/bin/aws) as the peer for the SSO token cache: a token we renewed is
// used by the CLI as it is, and a token file the CLI renewed and wrote is read and renewed by us. The packaged CLI
// (2.9) knows no AWS_ENDPOINT_URL_*, so both reach the fakes by AWS's real host names through a test proxy that
// sends every tunnel to 127.0.0.1, with AWS_CA_BUNDLE trusting the test CA.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { fakeAws, makeCa, mappingProxy, OPENSSL } from '../../helpers/net-fakes.ts';
import { runEntry } from '../../helpers/run-entry.ts';

const AWS = '/usr/bin/aws';
const skip = !existsSync(AWS) || !OPENSSL ? 'needs Debian\'s awscli (/usr/bin/aws) and openssl' : false;
const H = 3600_000;
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
const iso = (t: number) => new Date(t).toISOString().replace(/\.\d+Z$/, 'Z');
const TOKEN = `.aws/sso/cache/${sha1('corp')}.json`;
const CONFIG = '[profile corp]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = BedrockUser\nregion = eu-west-1\n[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\nsso_registration_scopes = sso:account:access\n';
const token = (accessToken: string, expiresAt: number, refreshToken: string) =>
  JSON.stringify({ startUrl: 'https://corp.awsapps.com/start', region: 'eu-west-1', accessToken, expiresAt: iso(expiresAt), clientId: 'client-id-123', clientSecret: 'client-secret-456', registrationExpiresAt: iso(Date.now() + 80 * 24 * H), refreshToken });

async function peers(t: import('node:test').TestContext, tokenText: string) {
  const h = makeFakeHome(t, { '.aws/config': CONFIG, [TOKEN]: tokenText });
  const tls = makeCa(h.path('ca'), ['portal.sso.eu-west-1.amazonaws.com', 'oidc.eu-west-1.amazonaws.com']);
  const aws = await fakeAws(t, tls);
  const proxy = await mappingProxy(t, aws.port);
  const { AWS_ENDPOINT_URL: _, ...base } = h.env;
  const env = { ...base, PATH: '/nonexistent-bin', AWS_PROFILE: 'corp', HTTPS_PROXY: proxy.url, AWS_CA_BUNDLE: tls.caFile };
  const cli = () => {
    rmSync(h.path('.aws/cli/cache'), { recursive: true, force: true }); // make the CLI use the token, not our role cache
    // Asynchronously: the fakes answer from this process's event loop.
    return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const c = spawn(AWS, ['configure', 'export-credentials', '--profile', 'corp', '--format', 'process'], { env: { ...env, PATH: '/usr/bin:/bin' } });
      let stdout = '';
      let stderr = '';
      c.stdout.on('data', (d) => (stdout += d));
      c.stderr.on('data', (d) => (stderr += d));
      const timer = setTimeout(() => c.kill('SIGKILL'), 60_000);
      c.on('close', (status) => {
        clearTimeout(timer);
        resolve({ status, stdout, stderr });
      });
    });
  };
  const ours = () => {
    rmSync(h.path('.aws/cli/cache'), { recursive: true, force: true });
    return runEntry('export-credentials', { env, timeoutMs: 30_000 });
  };
  return { h, aws, proxy, cli, ours };
}

test('a token we renewed is accepted by the AWS CLI as it is (no renewal of its own)', { skip }, async (t) => {
  const p = await peers(t, token('expired-token', Date.now() - 60_000, 'refresh-1'));
  p.aws.rotateRefreshTo = 'refresh-2';
  const mine = await p.ours();
  assert.equal(mine.code, 0, mine.stderr);
  assert.ok(p.proxy.asked.includes('oidc.eu-west-1.amazonaws.com:443') && p.proxy.asked.includes('portal.sso.eu-west-1.amazonaws.com:443'), p.proxy.asked.join());
  const before = p.aws.requests.length;
  const r = await p.cli();
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /"AccessKeyId": ?"ASIAPROXIEDKEY000001"/);
  const cliCalls = p.aws.requests.slice(before);
  assert.deepEqual(cliCalls.map((q) => q.path.split('?')[0]), ['/federation/credentials'], 'the CLI used our token without renewing it');
  assert.equal(cliCalls[0]!.headers['x-amz-sso_bearer_token'], 'renewed-access-token-1');
});

test('a token file the AWS CLI renewed and wrote is read and renewed by us', { skip }, async (t) => {
  const p = await peers(t, token('expired-token', Date.now() - 60_000, 'refresh-1'));
  // The CLI renews (its own CreateToken) and writes the file; the new token lives 2 minutes, inside our window.
  p.aws.oidcExpiresInS = 120;
  p.aws.rotateRefreshTo = 'refresh-from-cli';
  const r = await p.cli();
  assert.equal(r.status, 0, r.stderr);
  const written = JSON.parse(readFileSync(p.h.path(TOKEN), 'utf8')) as Record<string, string>;
  assert.equal(written.accessToken, 'renewed-access-token-1', 'the CLI renewed and wrote the file');
  assert.equal(written.refreshToken, 'refresh-from-cli');
  // Now us, from the file as the CLI left it.
  p.aws.oidcExpiresInS = 3600;
  p.aws.rotateRefreshTo = null;
  const mine = await p.ours();
  assert.equal(mine.code, 0, mine.stderr);
  const ourCall = p.aws.requests.filter((q) => q.path === '/token').at(-1)!;
  assert.deepEqual(JSON.parse(ourCall.body), { clientId: 'client-id-123', clientSecret: 'client-secret-456', grantType: 'refresh_token', refreshToken: 'refresh-from-cli' });
  const after = JSON.parse(readFileSync(p.h.path(TOKEN), 'utf8')) as Record<string, string>;
  assert.equal(after.accessToken, 'renewed-access-token-2');
  assert.equal(after.refreshToken, 'refresh-from-cli', 'kept when the service returns none');
  assert.equal(statSync(p.h.path(TOKEN)).mode & 0o777, 0o600);
});
