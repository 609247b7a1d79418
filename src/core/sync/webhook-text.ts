// What a webhook sync target's run tells the user: why it was refused before any connection, and what the server
// answered. Built from the facts io/sync/sync-webhook.ts found; pure.
export const webhookText = {
  notUrl: (url: string): string => `"${url}" is not a URL — use https://host/path`,
  /** `scheme`: the URL's protocol with its colon (`http:`). */
  notHttps: (scheme: string): string => `${scheme}// is refused: the credentials would travel unencrypted — use an https:// URL`,
  userInUrl: 'the URL contains a user or password — put the secret in a header that names an environment variable, e.g. "Authorization": "Bearer ${TOKEN}"',
  unsetVariable: (header: string, variable: string): string => `header "${header}" names \${${variable}}, which is not set in the environment Claude Code runs in`,
  lineBreak: (header: string): string => `header "${header}": its environment variable holds a line break`,
  caFileUnreadable: (caFile: string, code: string): string => `cannot read caFile ${caFile} (${code})`,
  /** The fix http.ts adds to a certificate the connection could not verify. */
  caHint: 'for a private CA, set "caFile" to its certificate (PEM)',
  /** Doctor's HEAD: the host answered over a verified connection; `via`: direct or the proxy. */
  reachable: (host: string, via: string): string => `reachable, certificate of ${host} trusted — ${via}`,
  answered: (host: string, status: number): { ok: boolean; message: string } =>
    status >= 200 && status < 300 ? { ok: true, message: `delivered to ${host} (HTTP ${status})` } : { ok: false, message: `${host} answered HTTP ${status}` },
};
