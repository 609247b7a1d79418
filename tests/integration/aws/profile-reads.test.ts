// One profile snapshot per run (src/flows/aws/profile-snapshot.ts): each of the user's AWS files — ~/.aws/credentials,
// ~/.aws/config, the SSO token cache — is read at most once by a run that is not waiting for a login, however many
// parts of it need the profile (the expiry, the keys, the portal's access token, the STS region, the login hint).
// The read guard (tests/fixtures/require-guard.cjs) logs every file the bundle opens.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFileSync, utimesSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { makeFakeHome, type FakeHome } from '../../helpers/fake-home.ts';
import { ROOT, runEntry } from '../../helpers/run-entry.ts';

const H = 3600_000;
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
const TOKEN = `.aws/sso/cache/${sha1('corp')}.json`;
// Another tool's keys: the credentials file is there (and read), the profile is not in it.
const OTHER_KEYS = '[other]\naws_access_key_id = ASIAOTHER00000000001\naws_secret_access_key = s\naws_session_token = t\n';
const SSO_CONFIG = '[profile corp]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = BedrockUser\nregion = us-east-1\n[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n';

/** A local HTTP server answering every request with `body`. */
async function fakeServer(t: TestContext, status: number, body: string): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(status, { 'content-type': body.startsWith('{') ? 'application/json' : 'text/xml' });
      res.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Runs `entry` under the read guard; returns how often each profile file (credentials, config, SSO token) was opened. */
async function awsReads(h: FakeHome, entry: string, env: Record<string, string>, args: string[] = []) {
  // Written an hour ago: a credentials file written a moment ago may still be being written, and is read again for
  // up to 200 ms until it settles (io/aws/aws-credentials-file.ts) — that is waiting for a writer, not a second look.
  const old = (Date.now() - H) / 1000;
  try {
    utimesSync(h.path('.aws/credentials'), old, old);
  } catch {
    /* no credentials file in this test */
  }
  const reads = h.write('reads.txt', '');
  const r = await runEntry(entry, { env: { ...env, READ_GUARD_LOG: reads, NODE_OPTIONS: `--require ${ROOT}tests/fixtures/require-guard.cjs` }, args, timeoutMs: 30_000 });
  const counts: Record<string, number> = {};
  for (const f of readFileSync(reads, 'utf8').split('\n')) {
    const m = /\/(\.aws\/(?:credentials|config|sso\/cache\/[^/]+))$/.exec(f);
    if (m) counts[m[1]!] = (counts[m[1]!] ?? 0) + 1;
  }
  return { r, counts };
}

const portalAnswer = JSON.stringify({ roleCredentials: { accessKeyId: 'ASIAPORTALKEY0000001', secretAccessKey: 's', sessionToken: 'PortalSessionToken==', expiration: Date.now() + H } });
const token = (refreshToken: string | null) =>
  JSON.stringify({ startUrl: 'https://corp.awsapps.com/start', region: 'eu-west-1', accessToken: 'at-1', expiresAt: new Date(Date.now() + H).toISOString().replace(/\.\d+Z$/, 'Z'), ...(refreshToken ? { refreshToken } : {}) });

for (const [kind, refresh] of [
  ['a renewable sso-session token (the estimate)', 'rt-1'],
  ['a token without a refresh token (its own expiry)', null],
] as const) {
  test(`export on an IAM Identity Center profile with ${kind}: config and token read once, the portal given the token`, async (t) => {
    const h = makeFakeHome(t, { '.aws/credentials': OTHER_KEYS, '.aws/config': SSO_CONFIG, [TOKEN]: token(refresh), '.config/cc-aws-keepalive/config.json': '{"profile":"corp"}' });
    const portal = await fakeServer(t, 200, portalAnswer);
    const { r, counts } = await awsReads(h, 'export-credentials', { ...h.env, PATH: '/nonexistent-bin', AWS_ENDPOINT_URL_SSO: portal });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).Credentials.AccessKeyId, 'ASIAPORTALKEY0000001');
    assert.deepEqual(counts, { '.aws/credentials': 1, '.aws/config': 1, [TOKEN]: 1 });
  });
}

test('awsAuthRefresh with keys of unknown expiry: credentials and config (for the STS region) read once each', async (t) => {
  const h = makeFakeHome(t, {
    '.aws/credentials': '[dev]\naws_access_key_id = ASIAREADONCE00000001\naws_secret_access_key = s\naws_session_token = t\n',
    '.aws/config': '[profile dev]\nregion = eu-west-3\n',
    '.config/cc-aws-keepalive/config.json': '{"profile":"dev","autoLoginCmd":"false"}',
  });
  const sts = await fakeServer(t, 200, '<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:sts::1:assumed-role/Dev/me</Arn></GetCallerIdentityResult></GetCallerIdentityResponse>');
  const { r, counts } = await awsReads(h, 'auth-refresh', { ...h.env, AWS_ENDPOINT_URL_STS: sts });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /confirmed by STS/);
  assert.deepEqual(counts, { '.aws/credentials': 1, '.aws/config': 1 });
});

test('status on an IAM Identity Center profile: each AWS file read once for all its parts', async (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': OTHER_KEYS, '.aws/config': SSO_CONFIG, [TOKEN]: token('rt-1'), '.config/cc-aws-keepalive/config.json': '{"profile":"corp"}' });
  const { r, counts } = await awsReads(h, 'cli', { ...h.env, PATH: '/nonexistent-bin' }, ['status']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /sso-session "corp"/);
  assert.deepEqual(counts, { '.aws/credentials': 1, '.aws/config': 1, [TOKEN]: 1 });
});
