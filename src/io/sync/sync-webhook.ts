// A webhook sync target: one HTTPS POST of the JSON payload. http:// is refused before any connection (the body
// holds the credentials); header values may name environment variables (`Bearer ${TOKEN}`) so no secret sits in
// the config; `caFile` trusts a private CA. Redirects are not followed; only the status code is reported.
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import type { WebhookTarget } from '../../schemas/sync-target.ts';

export interface WebhookOutcome {
  ok: boolean;
  message: string;
}

type Prepared = { ok: true; url: URL; headers: Record<string, string>; ca: string | undefined } | { ok: false; message: string };

/** Everything that can be refused without a connection: the scheme, the variables, the CA file. */
export function prepareWebhook(t: WebhookTarget, env: Record<string, string | undefined>): Prepared {
  let url: URL;
  try {
    url = new URL(t.url);
  } catch {
    return { ok: false, message: `"${t.url}" is not a URL — use https://host/path` };
  }
  if (url.protocol !== 'https:') return { ok: false, message: `${url.protocol}// is refused: the credentials would travel unencrypted — use an https:// URL` };
  if (url.username || url.password) return { ok: false, message: 'the URL contains a user or password — put the secret in a header that names an environment variable, e.g. "Authorization": "Bearer ${TOKEN}"' };
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(t.headers ?? {})) {
    let missing: string | null = null;
    headers[name] = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, v: string) => {
      const got = env[v];
      if (got === undefined || got === '') missing ??= v;
      return got ?? '';
    });
    if (missing) return { ok: false, message: `header "${name}" names \${${missing}}, which is not set in the environment Claude Code runs in` };
    if (/[\r\n]/.test(headers[name]!)) return { ok: false, message: `header "${name}": its environment variable holds a line break` };
  }
  let ca: string | undefined;
  if (t.caFile) {
    try {
      ca = readFileSync(t.caFile.replace(/^~(?=[\\/])/, env.HOME ?? env.USERPROFILE ?? '~'), 'utf8');
    } catch (err) {
      return { ok: false, message: `cannot read caFile ${t.caFile} (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
    }
  }
  return { ok: true, url, headers, ca };
}

/** POSTs `body` (null: only connects and checks the certificate, sending nothing — for doctor). */
export function runWebhookTarget(t: WebhookTarget, body: string | null, env: Record<string, string | undefined>, timeoutMs: number): Promise<WebhookOutcome> {
  const p = prepareWebhook(t, env);
  if (!p.ok) return Promise.resolve({ ok: false, message: p.message });
  const where = p.url.host;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (o: WebhookOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(o);
    };
    const req = request(p.url, {
      method: body === null ? 'HEAD' : 'POST',
      headers: body === null ? {} : { ...p.headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      ...(p.ca ? { ca: p.ca } : {}),
      agent: false,
    });
    const timer = setTimeout(() => finish({ ok: false, message: `${where} did not answer within ${Math.round(timeoutMs / 1000)} s` }), timeoutMs);
    req.on('socket', (s) => {
      // Doctor: a verified TLS handshake is the answer; nothing is sent.
      if (body === null) s.once('secureConnect', () => finish({ ok: true, message: `reachable, certificate of ${where} trusted` }));
    });
    req.on('response', (res) => {
      res.resume();
      const code = res.statusCode ?? 0;
      finish(code >= 200 && code < 300 ? { ok: true, message: `delivered to ${where} (HTTP ${code})` } : { ok: false, message: `${where} answered HTTP ${code}${code >= 300 && code < 400 ? ' (redirects are not followed)' : ''}` });
    });
    req.on('error', (err) => finish({ ok: false, message: describeTlsError(err as NodeJS.ErrnoException, where, Boolean(p.ca)) }));
    req.end(body ?? undefined);
  });
}

function describeTlsError(err: NodeJS.ErrnoException, where: string, hasCa: boolean): string {
  const code = err.code ?? '';
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return `the certificate of ${where} is for another host name`;
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code)) {
    return `the certificate of ${where} is not trusted (${code}) — ${hasCa ? 'caFile does not hold the CA that signed it' : 'for a private CA, set "caFile" to its certificate (PEM)'}`;
  }
  return `cannot reach ${where} (${code || err.message})`;
}
