// The IAM Identity Center OIDC token endpoint (CreateToken, `refresh_token` grant) and the SSO token cache file it
// renews. The request carries the client secret and refresh token: it goes through io/net/http.ts, which follows no
// redirect; the file is rewritten atomically, 0600, as the AWS CLI writes it.
import { classifyCreateToken, OIDC_SERVICE, type CreateTokenAnswer } from '../../core/aws/sso-oidc.ts';
import type { NetRoute } from '../../core/net/route.ts';
import { httpRequest } from '../net/http.ts';
import { writeFileAtomic } from '../system/atomic-write.ts';

export type CreateTokenResult = CreateTokenAnswer | { kind: 'unreachable'; reason: string };

export async function createToken(url: URL, route: NetRoute, body: string, timeoutMs: number): Promise<CreateTokenResult> {
  const r = await httpRequest({ url, route, method: 'POST', headers: { 'content-type': 'application/json' }, body, timeoutMs, what: OIDC_SERVICE });
  // No answer at all: the caller may still try the AWS CLI. A redirect, a bad CA or proxy setting: the message is the news.
  if (!r.ok) return r.kind === 'timeout' || r.kind === 'unreachable' ? { kind: 'unreachable', reason: r.message } : { kind: 'error', reason: r.message };
  return classifyCreateToken(r.status, r.body);
}

/** Writes the renewed token cache file; false when it cannot (the caller still has the token for this run). */
export function writeTokenFile(file: string, text: string): boolean {
  try {
    writeFileAtomic(file, text, 0o600);
    return true;
  } catch {
    return false;
  }
}
