// The one outbound HTTP client: the SSO portal, the OIDC token endpoint, the STS probe, webhook sync and doctor's
// reachability checks all go through here. It takes the route (core/net/route.ts: proxy, extra CA) and:
// - tunnels through the proxy with https-proxy-agent (loaded on first use, so only network paths carry it);
// - trusts the system store, NODE_EXTRA_CA_CERTS and the route's CA bundle together;
// - never follows a redirect (every request we send carries a token, keys or webhook headers): a 3xx is a failure
//   naming the status and the Location host;
// - gives up at its deadline, and never puts the proxy's password in a message.
import { readFileSync } from 'node:fs';
import { request as plainRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as tlsRequest } from 'node:https';
import tls from 'node:tls';
import type { NetRoute } from '../../core/net/route.ts';
import { httpText } from '../../core/net/http-text.ts';

export interface HttpCall {
  url: URL;
  route: NetRoute;
  method: 'GET' | 'POST' | 'HEAD';
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Names the other end in messages: "the IAM Identity Center portal", "STS" (null: the host alone). */
  what: string | null;
  /** How to trust a certificate that is not (default: AWS_CA_BUNDLE or ca_bundle). */
  caHint?: string;
}

export type HttpReply =
  | { ok: true; status: number; body: string }
  | { ok: false; kind: 'timeout' | 'unreachable' | 'redirect' | 'proxy' | 'tls' | 'setup'; message: string };

const MAX_BODY = 64 * 1024;

type Trust = { secureContext: import('node:tls').SecureContext } | { ca: string[] };

function trustStore(route: NetRoute): Trust | { error: string } | undefined {
  if (!route.caBundle) return undefined; // Node's default store already holds NODE_EXTRA_CA_CERTS
  const { file, from } = route.caBundle;
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (err) {
    return { error: httpText.caUnreadable(file, from, (err as NodeJS.ErrnoException).code ?? 'error') };
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) return { error: httpText.caNotPem(file, from) };
  // Node's default context (system roots and NODE_EXTRA_CA_CERTS) plus the bundle: adding to it costs ~1 ms, where
  // an explicit \`ca\` list of every root costs ~80 ms of certificate parsing on each request.
  const secureContext = tls.createSecureContext();
  const native = (secureContext as unknown as { context?: { addCACert?(pem: string): void } }).context;
  if (typeof native?.addCACert === 'function') {
    for (const cert of pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []) native.addCACert(cert);
    return { secureContext };
  }
  let extra: string[] = [];
  try {
    if (route.nodeExtraCa) extra = [readFileSync(route.nodeExtraCa, 'utf8')];
  } catch {
    /* Node itself warned about it at start */
  }
  return { ca: [...tls.rootCertificates, ...extra, pem] };
}

export async function httpRequest(c: HttpCall): Promise<HttpReply> {
  const { url, route } = c;
  const where = httpText.where(c.what, url.host);
  if (route.problem) return { ok: false, kind: 'setup', message: route.problem };
  const trust = trustStore(route);
  if (trust && 'error' in trust) return { ok: false, kind: 'setup', message: trust.error };
  // A CONNECT tunnel for both schemes (plain http goes only to this machine: core/net/route.ts endpointProblem).
  const proxied = route.proxy !== null;
  let agent: import('node:https').Agent | false = false;
  // Ends the agent's own socket to the proxy at our deadline: destroying the request leaves a proxy that accepted the
  // connection but never answered CONNECT holding the process open.
  const tunnel = new AbortController();
  if (proxied) {
    const { HttpsProxyAgent } = await import('https-proxy-agent');
    // The trust here is for an https:// proxy's own certificate (a TLS-inspecting proxy is signed by the same CA).
    agent = new HttpsProxyAgent(route.proxy!, { ...trust, signal: tunnel.signal });
  }
  const via = proxied ? route.via : null;
  const send = url.protocol === 'https:' ? tlsRequest : plainRequest;
  return new Promise<HttpReply>((resolve) => {
    let settled = false;
    let req: ClientRequest | null = null;
    const finish = (r: HttpReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req?.destroy();
      tunnel.abort();
      resolve(r);
    };
    const timer = setTimeout(
      () => finish({ ok: false, kind: 'timeout', message: httpText.timeout(where, c.timeoutMs, via) }),
      Math.max(1, c.timeoutMs),
    );
    const headers: Record<string, string> = { ...c.headers };
    if (c.body !== undefined) headers['content-length'] = String(Buffer.byteLength(c.body));
    try {
      req = send(url, { method: c.method, headers, agent, ...trust });
    } catch (err) {
      // A header value HTTP cannot carry (a control character, a character past U+00FF): a setup problem, not a throw.
      finish({ ok: false, kind: 'setup', message: httpText.badHeader(where, (err as Error).message) });
      return;
    }
    req.on('proxyConnect', (res: { statusCode: number; statusText?: string }) => {
      if (res.statusCode === 200) return;
      finish({ ok: false, kind: 'proxy', message: httpText.proxyRefused(route.via, url.host, res.statusCode, res.statusText) });
    });
    req.on('response', (res: IncomingMessage) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        res.resume();
        const loc = res.headers.location;
        let to: { host: string } | 'none' | 'unparsable' = 'none';
        try {
          if (loc) to = { host: new URL(loc, url).host };
        } catch {
          to = 'unparsable';
        }
        finish({ ok: false, kind: 'redirect', message: httpText.redirect(where, status, to) });
        return;
      }
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        if (body.length < MAX_BODY) body += d;
      });
      res.on('end', () => finish({ ok: true, status, body: body.slice(0, MAX_BODY) }));
      res.on('error', () => finish({ ok: false, kind: 'unreachable', message: httpText.brokeOff(where, via) }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => finish(describeError(err, where, via, route, c.caHint)));
    req.end(c.body);
  });
}

function describeError(err: NodeJS.ErrnoException, where: string, via: string | null, route: NetRoute, caHint?: string): HttpReply {
  const code = err.code ?? '';
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return { ok: false, kind: 'tls', message: httpText.altName(where, via) };
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code)) {
    return { ok: false, kind: 'tls', message: httpText.untrusted(where, code, via, route.caBundle, caHint) };
  }
  // Node's messages can hold the proxy URL it was given: only the code goes out.
  return { ok: false, kind: 'unreachable', message: httpText.unreachable(where, via, code) };
}

/** Doctor: does `url` answer through its route? A HEAD with no header and no body: any HTTP status is an answer. */
export async function probeReachable(url: URL, route: NetRoute, what: string, timeoutMs: number): Promise<{ ok: true } | { ok: false; message: string }> {
  const r = await httpRequest({ url, route, method: 'HEAD', timeoutMs, what });
  return r.ok || r.kind === 'redirect' ? { ok: true } : { ok: false, message: r.message };
}
