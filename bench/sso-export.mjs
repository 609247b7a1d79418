// `npm run bench:sso`: the IAM Identity Center export, ours against the AWS CLI's `aws configure export-credentials`,
// both on the same fakes: an HTTPS portal on 127.0.0.1 with a CA made here (openssl), reached by AWS's real host name
// through a local CONNECT proxy that sends every tunnel to it (the packaged CLI 2.9 has no AWS_ENDPOINT_URL_SSO), with
// AWS_CA_BUNDLE. Two cases: role credentials cached (no network at all), and one GetRoleCredentials call (the role
// cache removed before each run). Median wall time of BENCH_RUNS (default 15) runs each, interleaved.
// Needs openssl and the AWS CLI (AWS_CLI, default /usr/bin/aws; without it only our rows are printed).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttps } from 'node:https';
import { connect, createServer as createNet } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.env.BENCH_RUNS ?? 15);
const awsCli = process.env.AWS_CLI ?? '/usr/bin/aws';
const home = mkdtempSync(join(tmpdir(), 'cckbench-sso-'));
const iso = (t) => new Date(t).toISOString().replace(/\.\d+Z$/, 'Z');
const sha1 = (s) => createHash('sha1').update(s).digest('hex');

// The CA and the portal's certificate.
const ca = join(home, 'ca');
mkdirSync(ca);
const ssl = (args) => {
  const r = spawnSync('openssl', args, { cwd: ca, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openssl: ${r.stderr}`);
};
ssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '1', '-subj', '/CN=bench CA']);
ssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 's.key', '-out', 's.csr', '-subj', '/CN=portal']);
writeFileSync(join(ca, 'ext.cnf'), 'subjectAltName=DNS:portal.sso.eu-west-1.amazonaws.com,DNS:oidc.eu-west-1.amazonaws.com\n');
ssl(['x509', '-req', '-in', 's.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 's.pem', '-days', '1', '-extfile', 'ext.cnf']);

let portalCalls = 0;
const portal = createHttps({ key: readFileSync(join(ca, 's.key')), cert: readFileSync(join(ca, 's.pem')) }, (req, res) => {
  portalCalls++;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ roleCredentials: { accessKeyId: 'ASIABENCHROLE0000001', secretAccessKey: 'benchSecret/x', sessionToken: 'BenchToken==', expiration: Date.now() + 3600_000 } }));
});
await new Promise((r) => portal.listen(0, '127.0.0.1', r));
const proxy = createNet((client) => {
  client.once('data', () => {
    const up = connect(portal.address().port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection established\r\n\r\n');
      up.pipe(client);
      client.pipe(up);
    });
    for (const [a, b] of [[up, client], [client, up]]) {
      a.on('error', () => b.destroy());
      a.on('close', () => b.destroy());
    }
  });
});
await new Promise((r) => proxy.listen(0, '127.0.0.1', r));

mkdirSync(join(home, '.aws', 'sso', 'cache'), { recursive: true });
writeFileSync(
  join(home, '.aws', 'config'),
  '[profile corp]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = BedrockUser\nregion = eu-west-1\n[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\nsso_registration_scopes = sso:account:access\n',
);
writeFileSync(
  join(home, '.aws', 'sso', 'cache', `${sha1('corp')}.json`),
  JSON.stringify({ startUrl: 'https://corp.awsapps.com/start', region: 'eu-west-1', accessToken: 'bench-access', expiresAt: iso(Date.now() + 3600_000), clientId: 'c', clientSecret: 's', registrationExpiresAt: iso(Date.now() + 86400_000), refreshToken: 'r' }),
);
const env = { HOME: home, PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', AWS_PROFILE: 'corp', HTTPS_PROXY: `http://127.0.0.1:${proxy.address().port}`, AWS_CA_BUNDLE: join(ca, 'ca.pem') };

// Asynchronously: the fakes answer from this process.
const timed = (cmd, args) =>
  new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const c = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (out += d));
    c.on('close', (code) => (code === 0 && /ASIABENCHROLE/.test(out) ? resolve(Number(process.hrtime.bigint() - start) / 1e6) : reject(new Error(`${cmd} ${args.join(' ')}: ${code} ${out}`))));
  });
const dropRoleCache = () => rmSync(join(home, '.aws', 'cli', 'cache'), { recursive: true, force: true });

const cases = [
  { name: 'ours, role credentials cached', run: () => timed(process.execPath, [join(root, 'dist', 'export-credentials.cjs')]) },
  { name: 'ours, one portal call', before: dropRoleCache, run: () => timed(process.execPath, [join(root, 'dist', 'export-credentials.cjs')]) },
];
if (existsSync(awsCli)) {
  const args = ['configure', 'export-credentials', '--profile', 'corp', '--format', 'process'];
  cases.push({ name: 'AWS CLI, role credentials cached', run: () => timed(awsCli, args) });
  cases.push({ name: 'AWS CLI, one portal call', before: dropRoleCache, run: () => timed(awsCli, args) });
} else console.error(`bench: no AWS CLI at ${awsCli}; only our rows`);

const samples = cases.map(() => []);
try {
  await cases[1].run(); // warm our code cache and write the role cache once
  for (let i = 0; i < runs; i++) {
    for (const [k, c] of cases.entries()) {
      // The cached rows need a role cache: the previous row's portal call left one.
      if (c.before) c.before();
      else if (!existsSync(join(home, '.aws', 'cli', 'cache'))) await cases[1].run();
      const before = portalCalls;
      samples[k].push({ ms: await c.run(), calls: portalCalls - before });
    }
  }
} finally {
  portal.close();
  proxy.close();
  portal.closeAllConnections();
  rmSync(home, { recursive: true, force: true });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = cases.map((c, k) => ({ name: c.name, ms: median(samples[k].map((s) => s.ms)), calls: Math.max(...samples[k].map((s) => s.calls)) }));
console.log(`IAM Identity Center export, median of ${runs} runs (${process.version}, ${spawnSync(awsCli, ['--version'], { encoding: 'utf8' }).stdout?.trim() || 'no AWS CLI'})`);
for (const r of rows) console.log(`${r.name.padEnd(34)} ${r.ms.toFixed(0).padStart(6)} ms   portal calls per run: ${r.calls}`);
if (rows.length === 4) {
  console.log(`ratio AWS CLI / ours: cached ${(rows[2].ms / rows[0].ms).toFixed(1)}×, with a portal call ${(rows[3].ms / rows[1].ms).toFixed(1)}×`);
  console.log(`a portal call adds: ours ${(rows[1].ms - rows[0].ms).toFixed(0)} ms, the CLI ${(rows[3].ms - rows[2].ms).toFixed(0)} ms`);
}
