// Webhook sync targets against a real HTTPS server on 127.0.0.1 whose certificate comes from a CA made by the
// test (openssl, in a temp dir): the body arrives, `${ENV}` in a header is expanded, a certificate we cannot verify
// is refused, and http:// is refused before any connection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createHttps } from 'node:https';
import { createServer as createTcp, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { runEntry } from '../../helpers/run-entry.ts';

const KEY = 'ASIASYNCHOOKTEST0001';
const SECRET = 'hOoKsEcReT/webhook+Test0123456789abcdefGH';
const TOKEN = 'FwoGZXIvYXdzHOOKTOKEN//////////wEaDPtestTokenBody+more/stuff==';
const BEARER = 'bearer-from-env-7f3a9c';
const EXPIRES = new Date(Date.now() + 4 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

function openssl(dir: string, ...args: string[]): void {
  const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${r.stderr}`);
}

/** A CA, a server certificate it signed for 127.0.0.1, and a self-signed one for the same address. */
function makeCerts(dir: string) {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(dir, 'req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=cc-aws-keepalive test CA');
  openssl(dir, 'req', ...ec, '-keyout', 'srv.key', '-out', 'srv.csr', '-subj', '/CN=127.0.0.1');
  openssl(dir, 'x509', '-req', '-in', 'srv.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'srv.pem', '-days', '2', '-extfile', join(dir, 'ext.cnf'));
  openssl(dir, 'req', '-x509', ...ec, '-keyout', 'self.key', '-out', 'self.pem', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1');
  const r = (f: string) => readFileSync(join(dir, f), 'utf8');
  return { caFile: join(dir, 'ca.pem'), signed: { key: r('srv.key'), cert: r('srv.pem') }, self: { key: r('self.key'), cert: r('self.pem') } };
}

interface Hit {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

async function httpsServer(t: TestContext, tls: { key: string; cert: string }) {
  const hits: Hit[] = [];
  const server = createHttps(tls, (req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      hits.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => new Promise<void>((r) => server.close(() => r())));
  return { port: (server.address() as AddressInfo).port, hits };
}

function laptop(t: TestContext, targets: unknown[]) {
  const h = makeFakeHome(t, {
    '.aws/credentials': `[work]\naws_access_key_id = ${KEY}\naws_secret_access_key = ${SECRET}\naws_session_token = ${TOKEN}\nx_security_token_expires = ${EXPIRES}\n`,
    '.config/cc-aws-keepalive/config.json': JSON.stringify({ profile: 'work', syncTargets: targets }),
  });
  return { ...h, env: { ...h.env, SYNC_TOKEN: BEARER } };
}

test('webhook: the JSON body arrives over https with the test CA, and the ${ENV} header is expanded', async (t) => {
  const dir = makeFakeHome(t).home;
  spawnSync('sh', ['-c', `printf 'subjectAltName=IP:127.0.0.1\\n' > ${join(dir, 'ext.cnf')}`]);
  const certs = makeCerts(dir);
  const srv = await httpsServer(t, certs.signed);
  const h = laptop(t, [{ type: 'webhook', name: 'vault-hook', url: `https://127.0.0.1:${srv.port}/creds`, headers: { Authorization: 'Bearer ${SYNC_TOKEN}', 'X-Team': 'ml' }, caFile: certs.caFile, remoteProfile: 'remote-work' }]);
  const r = await runEntry('cli', { env: h.env, args: ['sync'], timeoutMs: 30_000 });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /✓ vault-hook: delivered to 127\.0\.0\.1:\d+ \(HTTP 204\)/);
  assert.equal(srv.hits.length, 1);
  const hit = srv.hits[0]!;
  assert.equal(hit.method, 'POST');
  assert.equal(hit.url, '/creds');
  assert.equal(hit.headers.authorization, `Bearer ${BEARER}`);
  assert.equal(hit.headers['x-team'], 'ml');
  assert.equal(hit.headers['content-type'], 'application/json');
  const body = JSON.parse(hit.body) as Record<string, any>;
  assert.equal(body.profile, 'remote-work');
  assert.deepEqual(body.credentials, { AccessKeyId: KEY, SecretAccessKey: SECRET, SessionToken: TOKEN, Expiration: EXPIRES });
  // The config holds only the variable's name; neither the bearer nor the keys reach our output or state.
  assert.doesNotMatch(readFileSync(h.path('.config/cc-aws-keepalive/config.json'), 'utf8'), new RegExp(BEARER));
  const st = await runEntry('cli', { env: h.env, args: ['status'] });
  assert.match(st.stdout, /vault-hook +ok just now: delivered/);
  // Doctor: a verified TLS handshake, nothing sent.
  const doc = await runEntry('cli', { env: h.env, args: ['doctor'], timeoutMs: 30_000 });
  assert.match(doc.stdout, /✓ sync vault-hook: reachable, certificate of 127\.0\.0\.1:\d+ trusted/);
  assert.ok(srv.hits.every((x, i) => i === 0 || x.method === 'HEAD'), 'doctor posted nothing');
  assert.ok(srv.hits.every((x) => x.method !== 'HEAD' || !x.headers.authorization), 'doctor sent no secret header');
  const state = readFileSync(h.path('.local/state/cc-aws-keepalive/work.json'), 'utf8');
  for (const s of [KEY, SECRET, TOKEN, BEARER]) for (const text of [r.stdout, r.stderr, st.stdout, state]) assert.ok(!text.includes(s), 'a secret leaked');
});

test('webhook: a certificate we cannot verify is refused and nothing is sent', async (t) => {
  const dir = makeFakeHome(t).home;
  spawnSync('sh', ['-c', `printf 'subjectAltName=IP:127.0.0.1\\n' > ${join(dir, 'ext.cnf')}`]);
  const certs = makeCerts(dir);
  const self = await httpsServer(t, certs.self);
  const signed = await httpsServer(t, certs.signed);
  const h = laptop(t, [
    { type: 'webhook', name: 'self-signed', url: `https://127.0.0.1:${self.port}/` },
    { type: 'webhook', name: 'private-ca-no-cafile', url: `https://127.0.0.1:${signed.port}/` },
    { type: 'webhook', name: 'wrong-ca', url: `https://127.0.0.1:${self.port}/`, caFile: certs.caFile },
  ]);
  const r = await runEntry('cli', { env: h.env, args: ['sync'], timeoutMs: 30_000 });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /✗ self-signed: the certificate of 127\.0\.0\.1:\d+ is not trusted \(\w+\) — for a private CA, set "caFile"/);
  assert.match(r.stdout, /✗ private-ca-no-cafile: the certificate of 127\.0\.0\.1:\d+ is not trusted/);
  assert.match(r.stdout, /✗ wrong-ca: the certificate of 127\.0\.0\.1:\d+ is not trusted \(\w+\) — caFile does not hold the CA/);
  assert.equal(self.hits.length + signed.hits.length, 0, 'no request reached a server');
});

test('webhook: http:// is refused before any connection; a missing ${VAR} is named, its absence never guessed', async (t) => {
  let connections = 0;
  const plain = createTcp((s) => {
    connections++;
    s.destroy();
  });
  await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
  t.after(() => new Promise<void>((r) => plain.close(() => r())));
  const port = (plain.address() as AddressInfo).port;
  const h = laptop(t, [
    { type: 'webhook', name: 'plain', url: `http://127.0.0.1:${port}/` },
    { type: 'webhook', name: 'no-var', url: `https://127.0.0.1:${port}/`, headers: { Authorization: 'Bearer ${NOT_SET_ANYWHERE}' } },
    { type: 'webhook', name: 'userinfo', url: `https://me:pw@127.0.0.1:${port}/` },
  ]);
  const r = await runEntry('cli', { env: h.env, args: ['sync'], timeoutMs: 30_000 });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /✗ plain: http:\/\/ is refused: the credentials would travel unencrypted — use an https:\/\/ URL/);
  assert.match(r.stdout, /✗ no-var: header "Authorization" names \$\{NOT_SET_ANYWHERE\}, which is not set/);
  assert.match(r.stdout, /✗ userinfo: the URL contains a user or password — put the secret in a header/);
  assert.doesNotMatch(r.stdout, /me:pw/);
  assert.equal(connections, 0);
});
