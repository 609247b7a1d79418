// Profiles without keys in ~/.aws/credentials: IAM Identity Center (`sso-session`), `aws login`, credential_process,
// and one config for many profiles. Real file shapes (as the AWS CLI v2 writes them), a fake IAM Identity Center
// portal on 127.0.0.1, and no `aws` on PATH unless a test puts a fake one there.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { makeFakeHome, type FakeHome } from '../../helpers/fake-home.ts';
import { ROOT, runEntry } from '../../helpers/run-entry.ts';

const H = 3600_000;
const M = 60_000;
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
const TOKEN = `.aws/sso/cache/${sha1('corp')}.json`;
const CONFIG = [
  '[profile corp]',
  'sso_session = corp',
  'sso_account_id = 111122223333',
  'sso_role_name = BedrockUser',
  'region = us-east-1',
  '[sso-session corp]',
  'sso_start_url = https://corp.awsapps.com/start',
  'sso_region = eu-west-1',
  'sso_registration_scopes = sso:account:access',
  '',
].join('\n');
const NO_AWS = '/nonexistent-bin';
const PROMPT = '{"hook_event_name":"UserPromptSubmit","prompt":"hi","session_id":"s"}';

/** The token as `aws sso login` writes it (botocore SSOTokenFetcher): with a refresh token and the client registration. */
function ssoToken(accessToken: string, expiresAt: number, refreshToken: string): string {
  return JSON.stringify({
    startUrl: 'https://corp.awsapps.com/start',
    region: 'eu-west-1',
    accessToken,
    expiresAt: new Date(expiresAt).toISOString().replace(/\.\d+Z$/, 'Z'),
    clientId: 'client-id-123',
    clientSecret: 'client-secret-456',
    registrationExpiresAt: new Date(Date.now() + 80 * 24 * H).toISOString().replace(/\.\d+Z$/, 'Z'),
    refreshToken,
  });
}

/** Writes the token as of `writtenAt` (its mtime: when a sign-in or renewal wrote it). */
function writeToken(h: FakeHome, accessToken: string, expiresAt: number, refreshToken: string, writtenAt: number): void {
  const file = h.write(TOKEN, ssoToken(accessToken, expiresAt, refreshToken));
  utimesSync(file, writtenAt / 1000, writtenAt / 1000);
}

function ssoHome(t: TestContext, config: Record<string, unknown> = {}) {
  const h = makeFakeHome(t, { '.aws/config': CONFIG, '.config/cc-aws-keepalive/config.json': JSON.stringify({ profile: 'corp', ...config }) });
  return h;
}

interface Portal {
  url: string;
  requests: { url: string; bearer: string | undefined }[];
  mode: 'ok' | 'refuse';
}

async function fakePortal(t: TestContext): Promise<Portal> {
  const portal: Portal = { url: '', requests: [], mode: 'ok' };
  const server = createServer((req: IncomingMessage, res) => {
    portal.requests.push({ url: req.url ?? '', bearer: req.headers['x-amz-sso_bearer_token'] as string | undefined });
    res.setHeader('content-type', 'application/json');
    if (portal.mode === 'refuse') {
      res.statusCode = 401;
      res.end('{"message":"Session token not found or invalid","__type":"com.amazonaws.switchboard.portal#UnauthorizedException"}');
      return;
    }
    res.end(JSON.stringify({ roleCredentials: { accessKeyId: 'ASIAPORTALKEY0000001', secretAccessKey: 'portalSecret/xyz', sessionToken: 'PortalSessionToken==', expiration: Date.now() + H } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => new Promise<void>((r) => server.close(() => r())));
  portal.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return portal;
}

const statusline = (env: Record<string, string>) => runEntry('statusline', { env, stdin: '{}' });
const hook = (env: Record<string, string>) => runEntry('prompt-submit', { env: { ...env, CLAUDE_CODE_USE_BEDROCK: '1' }, stdin: PROMPT });

test('sso-session: the status line and the prompt hook show an estimate from the sign-in time and ssoSessionHours', async (t) => {
  const h = ssoHome(t);
  const now = Date.now();
  writeToken(h, 'at-1', now + 40 * M, 'rt-1', now - (7 * H + 30 * M)); // signed in 7h30m ago, default 8 h
  const env = { ...h.env, PATH: NO_AWS };
  assert.equal((await statusline(env)).stdout, 'AWS: ≈29m\n');
  const msg = JSON.parse((await hook(env)).stdout).systemMessage as string;
  assert.match(msg, /AWS session \(profile corp\) expires in ≈29m \(estimated from the IAM Identity Center sign-in time and ssoSessionHours\) — run: aws sso login --profile corp/);
  // The session length is the user's: 12 h for this sso-session name.
  h.write('.config/cc-aws-keepalive/config.json', JSON.stringify({ profile: 'corp', ssoSessionHours: { corp: 12 } }));
  assert.equal((await statusline(env)).stdout, 'AWS: ≈4h29m\n');
});

test('sso-session: a silent renewal keeps the estimate; a new sign-in (aws sso login) restarts it', async (t) => {
  const h = ssoHome(t);
  const now = Date.now();
  writeToken(h, 'at-1', now + 10 * M, 'rt-1', now - (6 * H + 50 * M));
  const env = { ...h.env, PATH: NO_AWS };
  assert.equal((await statusline(env)).stdout, 'AWS: ≈1h09m\n');
  // The CLI renewed the access token in its last 15 minutes, rotating the refresh token: same sign-in.
  writeToken(h, 'at-2', now + 70 * M, 'rt-2', now);
  assert.equal((await statusline(env)).stdout, 'AWS: ≈1h09m\n');
  // The user ran `aws sso login` while that token had an hour left: a sign-in, a new 8 h.
  writeToken(h, 'at-3', now + 60 * M + 30_000, 'rt-3', now + 30_000);
  assert.equal((await statusline(env)).stdout, 'AWS: ≈8h00m\n');
  const state = readdirSync(h.path('.local/state/cc-aws-keepalive'));
  assert.ok(state.includes('sso-session-corp.json'), state.join(','));
  const rec = readFileSync(h.path('.local/state/cc-aws-keepalive/sso-session-corp.json'), 'utf8');
  assert.doesNotMatch(rec, /at-\d|rt-\d|client-secret/, 'no token in the state file');
  assert.equal(statSync(h.path('.local/state/cc-aws-keepalive/sso-session-corp.json')).mode & 0o777, 0o600);
});

test('legacy SSO profile keeps the token\'s exact expiry (no estimate)', async (t) => {
  const start = 'https://legacy.awsapps.com/start';
  const h = makeFakeHome(t, {
    '.aws/config': `[profile old]\nsso_start_url = ${start}\nsso_region = us-east-1\nsso_account_id = 1\nsso_role_name = r\n`,
    [`.aws/sso/cache/${sha1(start)}.json`]: JSON.stringify({ startUrl: start, region: 'us-east-1', accessToken: 'x', expiresAt: new Date(Date.now() + 3 * H + 30_000).toISOString() }),
    '.config/cc-aws-keepalive/config.json': '{"profile":"old"}',
  });
  assert.equal((await statusline({ ...h.env, PATH: NO_AWS })).stdout, 'AWS: 3h00m\n');
});

test('export for an SSO profile with no aws on PATH: role credentials from the portal with their Expiration, cached like the CLI', async (t) => {
  const portal = await fakePortal(t);
  const h = ssoHome(t);
  const now = Date.now();
  writeToken(h, 'valid-access-token', now + 50 * M, 'rt-1', now - 10 * M);
  const env = { ...h.env, PATH: NO_AWS, AWS_ENDPOINT_URL_SSO: portal.url };
  const r = await runEntry('export-credentials', { env });
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.Credentials.AccessKeyId, 'ASIAPORTALKEY0000001');
  assert.equal(out.Credentials.SessionToken, 'PortalSessionToken==');
  assert.ok(Math.abs(Date.parse(out.Credentials.Expiration) - (now + H)) < 60_000, out.Credentials.Expiration);
  assert.deepEqual(portal.requests, [{ url: '/federation/credentials?account_id=111122223333&role_name=BedrockUser', bearer: 'valid-access-token' }]);
  // Cached where and as the AWS CLI caches SSO role credentials, private to the user.
  const cacheFile = h.path(`.aws/cli/cache/${sha1('{"accountId":"111122223333","roleName":"BedrockUser","sessionName":"corp"}')}.json`);
  const cached = JSON.parse(readFileSync(cacheFile, 'utf8'));
  assert.equal(cached.ProviderType, 'sso');
  assert.equal(cached.Credentials.AccessKeyId, 'ASIAPORTALKEY0000001');
  assert.equal(statSync(cacheFile).mode & 0o777, 0o600);
  // The next export is served from that cache: no request.
  const again = await runEntry('export-credentials', { env });
  assert.equal(JSON.parse(again.stdout).Credentials.AccessKeyId, 'ASIAPORTALKEY0000001');
  assert.equal(portal.requests.length, 1);
});

test('a refused token replaces the estimate with the truth; the next sign-in brings the estimate back', async (t) => {
  const portal = await fakePortal(t);
  portal.mode = 'refuse';
  const h = ssoHome(t);
  const now = Date.now();
  writeToken(h, 'revoked', now + 50 * M, 'rt-1', now - H);
  const env = { ...h.env, PATH: NO_AWS, AWS_ENDPOINT_URL_SSO: portal.url };
  assert.equal((await statusline(env)).stdout, 'AWS: ≈6h59m\n');
  const r = await runEntry('export-credentials', { env });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /IAM Identity Center refused the SSO token of profile "corp" \(UnauthorizedException: Session token not found or invalid\): the sign-in has ended — run: aws sso login --profile corp/);
  assert.doesNotMatch(r.stderr, /revoked/);
  assert.equal((await statusline(env)).stdout, 'AWS: EXPIRED\n');
  assert.match(JSON.parse((await hook(env)).stdout).systemMessage, /AWS session \(profile corp\) expired <1m ago — run: aws sso login --profile corp/);
  writeToken(h, 'fresh', Date.now() + H, 'rt-2', Date.now());
  assert.equal((await statusline(env)).stdout, 'AWS: ≈7h59m\n');
});

test('awsAuthRefresh after a refused renewal: runs `aws sso login` (a fake on PATH), then gets role credentials from the portal', async (t) => {
  const portal = await fakePortal(t);
  const h = ssoHome(t, { autoLoginCmd: 'aws sso login --profile corp', loginTimeoutSeconds: 20 });
  const now = Date.now();
  writeToken(h, 'old', now - 30 * M, 'rt-old', now - 9 * H); // access token expired, session over
  const bin = join(ROOT, 'tests', 'fixtures', 'bin-sso');
  const env = { ...h.env, PATH: `${bin}:${process.env.PATH}`, AWS_ENDPOINT_URL_SSO: portal.url, FAKE_SSO_TOKEN_FILE: h.path(TOKEN), FAKE_AWS_LOG: h.path('aws.log') };
  const r = await runEntry('auth-refresh', { env, timeoutMs: 30_000 });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /Successfully logged into Start URL: https:\/\/corp\.awsapps\.com\/start/);
  assert.match(r.stdout, /Credentials refreshed \(valid for (59m|1h00m)\)/);
  // The CLI was asked to renew first (refused: the session had ended), then the login ran.
  assert.deepEqual(readFileSync(h.path('aws.log'), 'utf8').trim().split('\n'), ['configure export-credentials --profile corp --format process', 'sso login --profile corp']);
  assert.equal(portal.requests.at(-1)?.bearer, 'signed-in-access-token');
  // The login we ran is a witnessed sign-in: a fresh 8 h estimate.
  assert.equal((await statusline(env)).stdout, 'AWS: ≈7h59m\n');
});

test('aws login: the countdown is the sign-in (idToken iat) + 12 h, read from AWS_LOGIN_CACHE_DIRECTORY', async (t) => {
  const session = 'arn:aws:iam::111122223333:user/me';
  const iat = Math.floor((Date.now() - 2 * H - 30_000) / 1000);
  const jwt = ['e30', Buffer.from(JSON.stringify({ sub: session, iat })).toString('base64url'), 'sig'].join('.');
  const h = makeFakeHome(t, {
    '.aws/config': `[profile web]\nlogin_session = ${session}\nregion = us-east-1\n`,
    [`logincache/${createHash('sha256').update(session).digest('hex')}.json`]: JSON.stringify({
      accessToken: { accessKeyId: 'ASIALOGIN', secretAccessKey: 's', sessionToken: 't', accountId: '111122223333', expiresAt: new Date(Date.now() + 10 * M).toISOString() },
      tokenType: 'urn:aws:params:oauth:token-type:access_token_sigv4',
      clientId: 'arn:aws:signin:::devtools/same-device',
      refreshToken: 'r',
      idToken: jwt,
      dpopKey: '-----BEGIN EC PRIVATE KEY-----\nx\n-----END EC PRIVATE KEY-----\n',
    }),
    '.config/cc-aws-keepalive/config.json': '{"profile":"web"}',
  });
  const env = { ...h.env, PATH: NO_AWS, AWS_LOGIN_CACHE_DIRECTORY: h.path('logincache') };
  assert.equal((await statusline(env)).stdout, 'AWS: 9h59m\n');
  const status = await runEntry('cli', { env, args: ['status'] });
  assert.match(status.stdout, /credentials\s+.*\(aws login, keys via the AWS CLI\)/);
  assert.match(status.stdout, /login\s+aws login --profile web\n/);
  assert.match(status.stdout, /expiry\s+9h59m left \(.*from the aws login sign-in \(idToken iat\) \+ 12 h\)/);
});

test('credential_process: run directly for the export (stderr redacted), its Expiration kept for the status line', async (t) => {
  const h = makeFakeHome(t);
  const exp = new Date(Date.now() + 45 * M + 30_000).toISOString();
  const helper = h.write('helper.mjs', [
    "import { appendFileSync } from 'node:fs';",
    "appendFileSync(process.env.HELPER_LOG, 'run\\n');",
    "process.stderr.write('Opening browser for sign-in; got ASIAHELPERKEY0000001\\n');",
    `process.stdout.write(JSON.stringify({ Version: 1, AccessKeyId: 'ASIAHELPERKEY0000001', SecretAccessKey: 'helperSecret', SessionToken: 'HelperToken==', Expiration: '${exp}' }));`,
  ].join('\n'));
  h.write('.aws/config', `[profile proc]\ncredential_process = "${process.execPath}" "${helper}"\n`);
  h.write('.config/cc-aws-keepalive/config.json', '{"profile":"proc"}');
  const env = { ...h.env, PATH: NO_AWS, HELPER_LOG: h.path('helper.log') };
  assert.equal((await statusline(env)).stdout, '', 'no countdown before the first export');
  const r = await runEntry('export-credentials', { env });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).Credentials.Expiration, exp);
  assert.match(r.stderr, /Opening browser for sign-in; got \[redacted key id\]/);
  assert.doesNotMatch(r.stderr, /helperSecret|HelperToken/);
  assert.equal((await statusline(env)).stdout, 'AWS: 45m\n');
  assert.match(JSON.parse((await runEntry('prompt-submit', { env: { ...env, CLAUDE_CODE_USE_BEDROCK: '1' }, stdin: PROMPT })).stdout || '{"systemMessage":""}').systemMessage, /^$|expires/);
  assert.equal(readFileSync(h.path('helper.log'), 'utf8'), 'run\n', 'the status line and hook never run the process');
});

test('credential_process that hangs is killed at its deadline with everything it started', async (t) => {
  const { runCredentialProcess, CREDENTIAL_PROCESS_DEADLINE_MS } = await import('../../../src/io/aws/credential-process.ts');
  assert.equal(CREDENTIAL_PROCESS_DEADLINE_MS, 60_000);
  const h = makeFakeHome(t);
  const pidFile = h.path('grandchild.pid');
  // A helper that starts a child of its own and ignores SIGTERM: only killing the process group ends both.
  const helper = h.write('hang.mjs', `import { spawn } from 'node:child_process'; import { writeFileSync } from 'node:fs';\nconst c = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'inherit' });\nwriteFileSync(${JSON.stringify(pidFile)}, String(c.pid));\nprocess.on('SIGTERM', () => {}); setInterval(() => {}, 1000);`);
  const started = Date.now();
  const r = await runCredentialProcess(`"${process.execPath}" "${helper}"`, 'proc', h.env, 'run: my-login', () => undefined, 1_500);
  assert.ok(Date.now() - started < 10_000);
  assert.equal(r.ok, false);
  assert.match(r.ok ? '' : r.error.message, /credential_process of profile "proc" did not finish within 2 s/);
  const pid = Number(readFileSync(pidFile, 'utf8'));
  await new Promise((res) => setTimeout(res, 300));
  // Gone, or a zombie waiting for a reaper (PID 1 in some containers never reaps): not running either way.
  const state = (() => {
    try {
      return /^State:\s+(\S)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 'gone';
    } catch {
      return 'gone';
    }
  })();
  assert.ok(state === 'gone' || state === 'Z', `the helper's own child is not running (state ${state})`);
});

test('one config, many profiles: terminals with AWS_PROFILE=a and =b each run their own autoLoginCmd under their own lock', async (t) => {
  const login = join(ROOT, 'tests', 'fixtures', 'bin', 'fake-login.mjs');
  const h = makeFakeHome(t);
  const cmd = (p: string) => `FAKE_LOGIN_PROFILE=${p} FAKE_LOGIN_COUNT="${h.path(`${p}.count`)}" AWS_SHARED_CREDENTIALS_FILE="${h.path(`${p}.creds`)}" "${process.execPath}" "${login}"`;
  h.write('.config/cc-aws-keepalive/config.json', JSON.stringify({
    loginCmd: 'shown-for-everyone',
    loginTimeoutSeconds: 20,
    profiles: { a: { autoLoginCmd: cmd('a') }, b: { autoLoginCmd: cmd('b'), loginCmd: 'login-b' } },
  }));
  const expired = (p: string) => `[${p}]\naws_access_key_id = ASIAOLD${p.toUpperCase()}000000000001\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${new Date(Date.now() - M).toISOString()}\n`;
  h.write('a.creds', expired('a'));
  h.write('b.creds', expired('b'));
  const term = (p: string) => ({ ...h.env, AWS_PROFILE: p, AWS_SHARED_CREDENTIALS_FILE: h.path(`${p}.creds`) });
  const [ra, rb] = await Promise.all([runEntry('auth-refresh', { env: term('a'), timeoutMs: 30_000 }), runEntry('auth-refresh', { env: term('b'), timeoutMs: 30_000 })]);
  assert.equal(ra.code, 0, ra.stdout);
  assert.equal(rb.code, 0, rb.stdout);
  assert.equal(readFileSync(h.path('a.count'), 'utf8').trim().split('\n').length, 1);
  assert.equal(readFileSync(h.path('b.count'), 'utf8').trim().split('\n').length, 1);
  const state = (p: string) => JSON.parse(readFileSync(h.path(`.local/state/cc-aws-keepalive/${p}.json`), 'utf8'));
  assert.equal(state('a').lastLogin.exitCode, 0);
  assert.equal(state('b').lastLogin.exitCode, 0);
  assert.ok(!existsSync(h.path('.local/state/cc-aws-keepalive/a.lock')) && !existsSync(h.path('.local/state/cc-aws-keepalive/b.lock')));
  // Each profile's own loginCmd is what its warnings show; the top-level one where a profile sets none.
  const soon = (p: string) => expired(p).replace(/x_security_token_expires = .*/, `x_security_token_expires = ${new Date(Date.now() + 10 * M + 30_000).toISOString()}`);
  h.write('a.creds', soon('a'));
  h.write('b.creds', soon('b'));
  const warn = async (p: string) => JSON.parse((await runEntry('prompt-submit', { env: { ...term(p), CLAUDE_CODE_USE_BEDROCK: '1' }, stdin: PROMPT })).stdout).systemMessage as string;
  h.write('.config/cc-aws-keepalive/config.json', JSON.stringify({ loginCmd: 'shown-for-everyone', autoLoginMinutes: 0, profiles: { a: { autoLoginCmd: cmd('a') }, b: { autoLoginCmd: cmd('b'), loginCmd: 'login-b' } } }));
  assert.match(await warn('b'), /AWS session \(profile b\) expires in 10m — run: login-b/);
  assert.match(await warn('a'), /AWS session \(profile a\) expires in 10m — run: shown-for-everyone/);
  const sb = await runEntry('cli', { env: term('b'), args: ['status'] });
  assert.match(sb.stdout, /auto-login\s+FAKE_LOGIN_PROFILE=b/);
  const sa = await runEntry('cli', { env: term('a'), args: ['status'] });
  assert.match(sa.stdout, /auto-login\s+FAKE_LOGIN_PROFILE=a/);
});

test('a login we ran counts as a sign-in even in the last minutes of an access token (otherwise a renewal look-alike)', async (t) => {
  const h = ssoHome(t, { autoLoginCmd: 'aws sso login --profile corp', loginTimeoutSeconds: 20 });
  const now = Date.now();
  writeToken(h, 'at-1', now + 10 * M, 'rt-1', now - 7 * H); // 10 minutes left on the token, ≈59m on the session
  const bin = join(ROOT, 'tests', 'fixtures', 'bin-sso');
  const env = { ...h.env, PATH: `${bin}:${process.env.PATH}`, FAKE_SSO_TOKEN_FILE: h.path(TOKEN) };
  assert.equal((await statusline(env)).stdout, 'AWS: ≈59m\n');
  const r = await runEntry('cli', { env, args: ['login'], timeoutMs: 30_000 });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal((await statusline(env)).stdout, 'AWS: ≈7h59m\n');
});

test('sso-session: inside autoLoginMinutes of the estimated end, the prompt hook logs in ahead of it, though the role keys are fresh', async (t) => {
  const portal = await fakePortal(t);
  const h = ssoHome(t, { autoLoginCmd: 'aws sso login --profile corp', autoLoginMinutes: 30, loginTimeoutSeconds: 20 });
  const now = Date.now();
  writeToken(h, 'at-1', now + 50 * M, 'rt-1', now - (7 * H + 45 * M)); // ≈14m left on the session
  const bin = join(ROOT, 'tests', 'fixtures', 'bin-sso');
  const env = { ...h.env, PATH: `${bin}:${process.env.PATH}`, AWS_ENDPOINT_URL_SSO: portal.url, FAKE_SSO_TOKEN_FILE: h.path(TOKEN), FAKE_AWS_LOG: h.path('aws.log') };
  // Role keys with an hour left are in the CLI's cache (the export just fetched them).
  assert.equal((await runEntry('export-credentials', { env })).code, 0);
  const msg = JSON.parse((await hook(env)).stdout).systemMessage as string;
  assert.match(msg, /expires in ≈14m .*auto-login started in the background/);
  const state = h.path('.local/state/cc-aws-keepalive/corp.json');
  const deadline = Date.now() + 25_000;
  while (Date.now() < deadline && !(existsSync(state) && JSON.parse(readFileSync(state, 'utf8')).lastLogin)) await new Promise((r) => setTimeout(r, 200));
  assert.equal(JSON.parse(readFileSync(state, 'utf8')).lastLogin?.exitCode, 0, 'the background login ran and finished');
  assert.match(readFileSync(h.path('aws.log'), 'utf8'), /^sso login --profile corp$/m);
  assert.equal((await statusline(env)).stdout, 'AWS: ≈7h59m\n');
});

test('portal unreachable (a proxy only the AWS CLI knows about): the CLI is asked; without a CLI the portal\'s silence is the error', async (t) => {
  const h = ssoHome(t);
  const now = Date.now();
  writeToken(h, 'valid-access-token', now + 50 * M, 'rt-1', now - 10 * M);
  const closed = 'http://127.0.0.1:9'; // discard port: nothing listens
  const viaCli = await runEntry('export-credentials', { env: { ...h.env, PATH: `${ROOT}tests/fixtures/bin:${process.env.PATH}`, AWS_ENDPOINT_URL_SSO: closed } });
  assert.equal(viaCli.code, 0, viaCli.stderr);
  assert.match(JSON.parse(viaCli.stdout).Credentials.AccessKeyId, /^ASIAFAKESSO/);
  const noCli = await runEntry('export-credentials', { env: { ...h.env, PATH: NO_AWS, AWS_ENDPOINT_URL_SSO: closed } });
  assert.equal(noCli.code, 1);
  assert.match(noCli.stderr, /the IAM Identity Center portal at 127\.0\.0\.1:9 is unreachable/);
});
