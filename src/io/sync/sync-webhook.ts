// A webhook sync target: one HTTPS POST of the JSON payload. http:// is refused before any connection (the body
// holds the credentials); header values may name environment variables (`Bearer ${TOKEN}`) so no secret sits in
// the config; `caFile` trusts a private CA. Through io/net/http.ts: the proxy settings apply and redirects are not
// followed (the headers carry secrets); only the status code is reported.
import { readFileSync } from 'node:fs';
import { routeFor } from '../../core/net/route.ts';
import { webhookText } from '../../core/sync/webhook-text.ts';
import { httpRequest } from '../net/http.ts';
import type { WebhookTarget } from '../../schemas/sync-target.ts';

export interface WebhookOutcome {
  ok: boolean;
  message: string;
}

type Prepared = { ok: true; url: URL; headers: Record<string, string>; caPath: string | null } | { ok: false; message: string };

/** Everything that can be refused without a connection: the scheme, the variables, the CA file. */
export function prepareWebhook(t: WebhookTarget, env: Record<string, string | undefined>): Prepared {
  let url: URL;
  try {
    url = new URL(t.url);
  } catch {
    return { ok: false, message: webhookText.notUrl(t.url) };
  }
  if (url.protocol !== 'https:') return { ok: false, message: webhookText.notHttps(url.protocol) };
  if (url.username || url.password) return { ok: false, message: webhookText.userInUrl };
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(t.headers ?? {})) {
    let missing: string | null = null;
    headers[name] = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, v: string) => {
      const got = env[v];
      if (got === undefined || got === '') missing ??= v;
      return got ?? '';
    });
    if (missing) return { ok: false, message: webhookText.unsetVariable(name, missing) };
    if (/[\r\n]/.test(headers[name]!)) return { ok: false, message: webhookText.lineBreak(name) };
  }
  // Read here so a missing file is refused before any connection; the client reads it again when it connects.
  const caPath = t.caFile ? t.caFile.replace(/^~(?=[\\/])/, env.HOME ?? env.USERPROFILE ?? '~') : null;
  if (caPath) {
    try {
      readFileSync(caPath, 'utf8');
    } catch (err) {
      return { ok: false, message: webhookText.caFileUnreadable(t.caFile ?? caPath, (err as NodeJS.ErrnoException).code ?? 'error') };
    }
  }
  return { ok: true, url, headers, caPath };
}

/** POSTs `body` (null: only asks with HEAD, sending no header and no body — for doctor) through io/net/http.ts. */
export async function runWebhookTarget(t: WebhookTarget, body: string | null, env: Record<string, string | undefined>, timeoutMs: number): Promise<WebhookOutcome> {
  const p = prepareWebhook(t, env);
  if (!p.ok) return { ok: false, message: p.message };
  const where = p.url.host;
  // The proxy settings as for every call; the target's own caFile (not AWS_CA_BUNDLE: this is no AWS endpoint).
  const route = { ...routeFor(p.url, env), caBundle: t.caFile ? { file: p.caPath!, from: 'caFile' } : null };
  const r = await httpRequest({
    url: p.url,
    route,
    method: body === null ? 'HEAD' : 'POST',
    headers: body === null ? {} : { ...p.headers, 'content-type': 'application/json' },
    ...(body === null ? {} : { body }),
    timeoutMs,
    what: null,
    caHint: webhookText.caHint,
  });
  if (body === null) {
    // Doctor: any answer over a verified connection is the answer; nothing was sent.
    if (r.ok || r.kind === 'redirect') return { ok: true, message: webhookText.reachable(where, route.via) };
    return { ok: false, message: r.message };
  }
  if (!r.ok) return { ok: false, message: r.message };
  return webhookText.answered(where, r.status);
}
