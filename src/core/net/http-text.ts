// What a failed request tells the user (io/net/http.ts finds the facts): which host, through which proxy, what went
// wrong and the fix. Never the proxy's URL itself (it may carry a password): `via` is route.ts's safe description.
const through = (via: string | null) => (via ? ` through ${via}` : '');

export const httpText = {
  /** `what`: the service asked (`STS`), shown before its host. */
  where: (what: string | null, host: string): string => (what ? `${what} at ${host}` : host),
  caUnreadable: (file: string, from: string, code: string): string =>
    `cannot read the CA bundle ${file} (${from}: ${code}) — point it at your CA certificate (PEM)`,
  caNotPem: (file: string, from: string): string => `the CA bundle ${file} (${from}) holds no PEM certificate — point it at your CA certificate (PEM)`,
  /** `via`: the proxy's description, null when the request went direct. */
  timeout: (where: string, timeoutMs: number, via: string | null): string =>
    `${where} did not answer within ${Math.round(timeoutMs / 100) / 10} s${through(via)}`,
  proxyRefused: (via: string, host: string, status: number, statusText: string | undefined): string => {
    const why = status === 407 || status === 401 ? ' — check the user and password in the proxy URL' : '';
    return `the ${via} refused to connect to ${host} (HTTP ${status}${statusText ? ` ${statusText}` : ''})${why}`;
  },
  /** `to`: the Location header's host, or that there is none or it does not parse. */
  redirect: (where: string, status: number, to: { host: string } | 'none' | 'unparsable'): string =>
    `${where} answered HTTP ${status} redirecting to ${to === 'none' ? 'no Location' : to === 'unparsable' ? 'an unparsable Location' : to.host}: not followed (the request carries credentials)`,
  // Node's own message names the header, never its value.
  badHeader: (where: string, nodeMessage: string): string =>
    `the request to ${where} was not sent: ${nodeMessage} — a header value (a webhook header, or a session token in the credentials file) holds a character HTTP cannot carry; correct it`,
  brokeOff: (where: string, via: string | null): string => `${where} broke off its answer${through(via)}`,
  altName: (where: string, via: string | null): string => `the certificate of ${where} is for another host name${through(via)}`,
  /** `bundle`: the CA bundle in use (it lacks the signer); else `caHint` or the AWS setting that adds one. */
  untrusted: (where: string, code: string, via: string | null, bundle: { file: string; from: string } | null, caHint: string | undefined): string => {
    const fix = bundle
      ? `${bundle.from} does not hold the CA that signed it (${bundle.file})`
      : (caHint ?? 'for a company or proxy CA, set AWS_CA_BUNDLE (or ca_bundle in ~/.aws/config) to its certificate (PEM)');
    return `the certificate of ${where} is not trusted (${code})${through(via)} — ${fix}`;
  },
  unreachable: (where: string, via: string | null, code: string): string => `${where} is unreachable${through(via)}${code ? ` (${code})` : ''}`,
};
