// How a request leaves this machine: through which proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY read the way curl and
// the AWS SDKs read them) and with which extra CA bundle (AWS_CA_BUNDLE, else the profile's `ca_bundle`). Pure: the
// environment and the profile's setting come in; io/net/http.ts carries the request out.

export interface NetRoute {
  /** The proxy to tunnel through (credentials included: only io/net/http.ts reads them), or null: direct. */
  proxy: URL | null;
  /** For messages and doctor: `proxy http://user:***@host:3128 (HTTPS_PROXY)`, `direct (NO_PROXY: .corp)`, `direct`. */
  via: string;
  /** A PEM file trusted in addition to the system store, and where that setting came from. */
  caBundle: { file: string; from: string } | null;
  /** NODE_EXTRA_CA_CERTS: Node adds it to its default store, which a CA bundle of ours replaces, so it comes along. */
  nodeExtraCa: string | null;
  /** A proxy setting we cannot use (bad URL, SOCKS): the request is refused with this message. */
  problem: string | null;
}

const set = (v: string | undefined): v is string => typeof v === 'string' && v.trim() !== '';

/** A URL as it may be shown: the password (and any query) replaced, the user kept so the user can tell which. */
export function redactUrl(u: URL | string): string {
  const s = typeof u === 'string' ? u : u.href;
  // A query or fragment can carry a presigned token (X-Amz-Security-Token=…): never shown.
  return s.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/@:]*):[^/@]*@/i, '$1:***@').replace(/[?#].*$/s, '').replace(/\/$/, '');
}

// Lower case first, as curl and Python's urllib (the AWS CLI) do; curl ignores upper-case HTTP_PROXY (CGI), the SDKs
// and the users rely on it, so both count.
const pick = (env: Record<string, string | undefined>, names: string[]) => {
  for (const n of names) if (set(env[n])) return { name: n, value: env[n]!.trim() };
  return null;
};

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
const portOf = (url: URL) => url.port || (url.protocol === 'https:' ? '443' : '80');

/** The NO_PROXY entry that matches `url`, or null. Entries: `*`, `host`, `.suffix` or `*.suffix` (both also match
 *  the domain's own subdomains, as in curl), `host:port`, `[::1]`, `1.2.3.4`. Case-insensitive. */
export function noProxyMatch(url: URL, noProxy: string): string | null {
  const host = hostOf(url);
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return entry;
    // A bare IPv6 address (`::1`) has colons of its own: it is a host, never host:port.
    if (/^[0-9a-f.]*:[0-9a-f.]*:[0-9a-f:.]*$/.test(entry)) {
      if (host === entry) return entry;
      continue;
    }
    const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry);
    if (!m) continue;
    if (m[2] && m[2] !== portOf(url)) continue;
    const name = m[1]!.replace(/^\[|\]$/g, '').replace(/^\*?\./, '');
    if (host === name || host.endsWith(`.${name}`)) return entry;
  }
  return null;
}

export function routeFor(url: URL, env: Record<string, string | undefined>, profileCaBundle: string | null = null): NetRoute {
  const caBundle = set(env.AWS_CA_BUNDLE)
    ? { file: env.AWS_CA_BUNDLE.trim(), from: 'AWS_CA_BUNDLE' }
    : set(profileCaBundle ?? undefined)
      ? { file: profileCaBundle!.trim(), from: 'ca_bundle in ~/.aws/config' }
      : null;
  const nodeExtraCa = set(env.NODE_EXTRA_CA_CERTS) ? env.NODE_EXTRA_CA_CERTS : null;
  const direct = (via: string): NetRoute => ({ proxy: null, via, caBundle, nodeExtraCa, problem: null });
  const setting = url.protocol === 'https:' ? pick(env, ['https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY']) : pick(env, ['http_proxy', 'HTTP_PROXY', 'all_proxy', 'ALL_PROXY']);
  if (!setting) return direct('direct');
  const no = pick(env, ['no_proxy', 'NO_PROXY']);
  const hit = no ? noProxyMatch(url, no.value) : null;
  if (hit) return direct(`direct (${no!.name}: ${hit})`);
  let proxy: URL;
  try {
    // curl takes a bare `host:port` as an http:// proxy.
    proxy = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(setting.value) ? setting.value : `http://${setting.value}`);
  } catch {
    return { proxy: null, via: `${setting.name} (not a URL)`, caBundle, nodeExtraCa, problem: `${setting.name} is not a proxy URL: set it like http://proxy.example:3128` };
  }
  const who = proxy.username ? `${proxy.username}${proxy.password ? ':***' : ''}@` : '';
  const via = `proxy ${proxy.protocol}//${who}${proxy.host} (${setting.name})`;
  if (proxy.protocol !== 'http:' && proxy.protocol !== 'https:') {
    return { proxy: null, via, caBundle, nodeExtraCa, problem: `${setting.name} names a ${proxy.protocol.replace(':', '')} proxy; only http:// and https:// proxies are supported` };
  }
  return { proxy, via, caBundle, nodeExtraCa, problem: null };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;

/** An endpoint override (AWS_ENDPOINT_URL_*) is used only over https, or plain http to this machine (a local fake). */
export function endpointProblem(url: URL, from: string): string | null {
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK.test(hostOf(url))) return null;
  return `${from}=${redactUrl(url)} is refused: the request would carry credentials without TLS — use an https:// URL (plain http only to 127.0.0.1, ::1 or localhost)`;
}

/** Regions become part of a host name: botocore's rule, so `x/#` or `attacker.example/#` never picks the host. */
export const isRegionName = (r: string) => /^[a-z0-9-]+$/.test(r);
