// The corporate network, on 127.0.0.1: a CA made with openssl, one fake AWS over HTTPS signed by it (SSO portal,
// OIDC token endpoint, STS, a webhook), and Debian's tinyproxy with basic auth, whose log shows what went through it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { connect, createServer as createNetServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { TestContext } from 'node:test';

export const TINYPROXY = ['/usr/bin/tinyproxy', '/usr/sbin/tinyproxy'].find((p) => existsSync(p)) ?? null;
export const OPENSSL = spawnSync('openssl', ['version']).status === 0;

/** A CA and a server certificate for localhost/127.0.0.1 (and `extraNames`) signed by it, as PEM files in `dir`. */
export function makeCa(dir: string, extraNames: string[] = []): { caFile: string; key: string; cert: string } {
  mkdirSync(dir, { recursive: true });
  const run = (args: string[]) => {
    const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    if (r.status !== 0) throw new Error(`openssl ${args[0]}: ${r.stderr}`);
  };
  run(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=cc-aws-keepalive test CA']);
  run(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost']);
  const san = ['DNS:localhost', 'IP:127.0.0.1', ...extraNames.map((n) => (/^[\d.]+$/.test(n) ? `IP:${n}` : `DNS:${n}`))].join(',');
  writeFileSync(join(dir, 'ext.cnf'), `subjectAltName=${san}\nbasicConstraints=CA:FALSE\n`);
  run(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'ext.cnf']);
  return { caFile: join(dir, 'ca.pem'), key: readFileSync(join(dir, 'server.key'), 'utf8'), cert: readFileSync(join(dir, 'server.pem'), 'utf8') };
}

export interface FakeAws {
  /** https://127.0.0.1:<port> */
  url: string;
  port: number;
  requests: { method: string; path: string; headers: Record<string, string | string[] | undefined>; body: string }[];
  /** What each endpoint answers; change between calls. */
  portal: 'ok' | 'refuse' | 'redirect';
  oidc: 'ok' | 'invalid_grant' | 'redirect';
  sts: 'ok' | 'redirect';
  /** Answer each CreateToken after this many ms (parallel renewals then overlap). */
  oidcDelayMs: number;
  /** Set on the next CreateToken answer as the rotated refresh token (null: none returned). */
  rotateRefreshTo: string | null;
  /** Where a `redirect` mode points. */
  redirectTo: string;
  /** CreateToken's expiresIn. */
  oidcExpiresInS: number;
  /** The role key GetRoleCredentials hands out for a bearer token. */
  roleKey(bearer: string): string;
  /** How long role credentials last. */
  roleMs: number;
}

/** One HTTPS server playing the portal (/federation/credentials), OIDC (/token), STS (POST /) and a webhook (/hook). */
export async function fakeAws(t: TestContext, tls: { key: string; cert: string }, host = '127.0.0.1'): Promise<FakeAws> {
  const f: FakeAws = { url: '', port: 0, requests: [], portal: 'ok', oidc: 'ok', sts: 'ok', oidcDelayMs: 0, rotateRefreshTo: null, redirectTo: 'https://attacker.example/steal', oidcExpiresInS: 3600, roleKey: () => 'ASIAPROXIEDKEY000001', roleMs: 3600_000 };
  const server = createHttpsServer(tls, (req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const path = req.url ?? '';
      f.requests.push({ method: req.method ?? '', path, headers: req.headers, body });
      const json = (status: number, o: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(o));
      };
      const redirect = () => {
        res.writeHead(302, { location: f.redirectTo });
        res.end();
      };
      if (path.startsWith('/federation/credentials')) {
        if (f.portal === 'redirect') return redirect();
        if (f.portal === 'refuse') return json(401, { message: 'Session token not found or invalid', __type: 'com.amazonaws.switchboard.portal#UnauthorizedException' });
        const key = f.roleKey(String(req.headers['x-amz-sso_bearer_token'] ?? ''));
        return json(200, { roleCredentials: { accessKeyId: key, secretAccessKey: `secret-${key}`, sessionToken: `token-${key}==`, expiration: Date.now() + f.roleMs } });
      }
      if (path === '/token') {
        if (f.oidc === 'redirect') return redirect();
        setTimeout(() => {
          if (f.oidc === 'invalid_grant') return json(400, { error: 'invalid_grant', error_description: 'Invalid refresh token provided' });
          const out: Record<string, unknown> = { accessToken: `renewed-access-token-${f.requests.filter((r) => r.path === '/token').length}`, tokenType: 'Bearer', expiresIn: f.oidcExpiresInS };
          if (f.rotateRefreshTo) out.refreshToken = f.rotateRefreshTo;
          json(200, out);
        }, f.oidcDelayMs);
        return;
      }
      if (path === '/hook') return f.sts === 'redirect' ? redirect() : json(200, {});
      if (f.sts === 'redirect') return redirect();
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end('<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:sts::1:assumed-role/r/s</Arn></GetCallerIdentityResult></GetCallerIdentityResponse>');
    });
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  t.after(() => {
    server.closeAllConnections();
    return new Promise<void>((r) => server.close(() => r()));
  });
  server.unref();
  f.port = (server.address() as AddressInfo).port;
  f.url = `https://${host}:${f.port}`;
  return f;
}

export interface Tinyproxy {
  /** http://user:password@127.0.0.1:<port> */
  url: string;
  port: number;
  /** The proxy's log so far. */
  log(): string;
  /** CONNECT lines for this host:port in the log. */
  connects(hostPort: string): number;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createNetServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

/**
 * Debian's tinyproxy on 127.0.0.1 with basic auth (`user:password`), stopped after the test. `upstream`: every host
 * but `direct` goes on to that proxy (the e2e's refusing fake), so nothing leaves the machine.
 */
export async function startTinyproxy(t: TestContext, dir: string, user = 'alice', password = 'pr0xy-s3cret', upstream?: { proxy: string; direct: string }): Promise<Tinyproxy> {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const logFile = join(dir, 'tinyproxy.log');
  writeFileSync(
    join(dir, 'tinyproxy.conf'),
    [`Port ${port}`, 'Listen 127.0.0.1', 'Timeout 20', `LogFile "${logFile}"`, 'LogLevel Connect', 'MaxClients 50', 'Allow 127.0.0.1', `BasicAuth ${user} ${password}`, ...(upstream ? [`Upstream http ${upstream.proxy}`, `Upstream none "${upstream.direct}"`] : []), ''].join('\n'),
  );
  const child = spawn(TINYPROXY!, ['-d', '-c', join(dir, 'tinyproxy.conf')], { stdio: 'ignore' });
  t.after(() => {
    child.kill('SIGTERM');
  });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1', () => {
        s.destroy();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (up) break;
    if (Date.now() > deadline) throw new Error('tinyproxy did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  return {
    url: `http://${user}:${password}@127.0.0.1:${port}`,
    port,
    log,
    connects: (hostPort) => log().split('\n').filter((l) => l.includes(`CONNECT ${hostPort}`)).length,
  };
}

/**
 * A CONNECT proxy that sends every tunnel to `port` on 127.0.0.1, whatever host was asked: how a client that can
 * only talk to AWS's real host names (the AWS CLI 2.9 has no AWS_ENDPOINT_URL_*) reaches the fakes. Test-only.
 */
export async function mappingProxy(t: TestContext, port: number): Promise<{ url: string; asked: string[] }> {
  const asked: string[] = [];
  const server = createNetServer((client) => {
    let head = '';
    const onData = (d: Buffer) => {
      head += d.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      client.off('data', onData);
      const target = /^CONNECT (\S+) /.exec(head)?.[1] ?? '?';
      asked.push(target);
      const up = connect(port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection established\r\n\r\n');
        up.pipe(client);
        client.pipe(up);
      });
      up.on('error', () => client.destroy());
      up.on('close', () => client.destroy());
      client.on('error', () => up.destroy());
      client.on('close', () => up.destroy());
    };
    client.on('data', onData);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => new Promise<void>((r) => server.close(() => r())));
  server.unref();
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked };
}
