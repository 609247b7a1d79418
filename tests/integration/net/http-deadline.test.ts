// The one HTTP client's promises at its edges: a proxy that takes the connection but never answers CONNECT is let go
// at the deadline (its socket closed, so nothing holds the process open: a tinyproxy keeps an idle tunnel 600 s), and a header value HTTP cannot carry is a
// one-line setup failure, never a throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../helpers/run-entry.ts';
import { httpRequest } from '../../../src/io/net/http.ts';
import { routeFor } from '../../../src/core/net/route.ts';

test('a silent proxy: the request ends at its deadline and nothing holds the process open after it', async (t) => {
  const proxy = createServer((sock) => sock.on('error', () => undefined));
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  t.after(() => proxy.close());
  const port = (proxy.address() as { port: number }).port;
  const dir = mkdtempSync(join(tmpdir(), 'cck-http-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // A process that makes one request and then simply returns, as the export does after a failure.
  const script = join(dir, 'one-request.ts');
  writeFileSync(
    script,
    `import { httpRequest } from ${JSON.stringify(join(ROOT, 'src/io/net/http.ts'))};\n` +
      `import { routeFor } from ${JSON.stringify(join(ROOT, 'src/core/net/route.ts'))};\n` +
      `const url = new URL('https://portal.sso.eu-west-1.amazonaws.com/federation/credentials');\n` +
      `httpRequest({ url, route: routeFor(url, { HTTPS_PROXY: 'http://127.0.0.1:${port}' }), method: 'GET', timeoutMs: 300, what: 'the portal' })` +
      `.then((r) => console.log(r.ok ? 'ok' : r.kind));\n`,
  );
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const code = await new Promise<number | 'hung'>((resolve) => {
    const hung = setTimeout(() => {
      child.kill('SIGKILL');
      resolve('hung');
    }, 15_000);
    child.on('exit', (c) => {
      clearTimeout(hung);
      resolve(c ?? -1);
    });
  });
  assert.equal(out.trim(), 'timeout');
  assert.equal(code, 0, 'the process ends by itself once the request has timed out (the tunnel socket is closed)');
});

test('a header value with a control character: a one-line setup failure naming the header, not a throw', async () => {
  const url = new URL('https://127.0.0.1:9/hook');
  const route = routeFor(url, {});
  const r = await httpRequest({ url, route, method: 'POST', headers: { 'x-team': 'a\u0001b' }, body: '{}', timeoutMs: 1_000, what: 'the webhook' });
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.kind, 'setup');
  assert.match(!r.ok ? r.message : '', /x-team.*character HTTP cannot carry/);
  assert.doesNotMatch(!r.ok ? r.message : '', /a\u0001b/);
});
