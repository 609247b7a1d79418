// The in-process STS probe: one signed GetCallerIdentity through io/net/http.ts (proxy, CA, no redirects), with a deadline. Used when a login tool
// writes no expiry (onelogin-aws-cli, Leapp, granted) and after an auto-login to confirm the new credentials.
// The verdict is cached in the state file so the hook and status line can reuse it without the network.
import { sha256Hex, signV4, toAmzDate } from '../../core/aws/sigv4.ts';
import { classifyStsResponse, credentialFingerprint, NO_TIME_FOR_STS, type StsAnswer, type StsTarget } from '../../core/aws/sts-plan.ts';
import { httpRequest } from '../net/http.ts';
import type { Paths } from '../system/paths.ts';
import { updateState } from '../system/state-file.ts';

export interface StsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}

const BODY = 'Action=GetCallerIdentity&Version=2011-06-15';

/** Never throws: an unreachable, slow or odd STS is `unknown`, not an error. */
export async function probeSts(creds: StsCredentials, target: StsTarget, timeoutMs: number): Promise<StsAnswer> {
  if (timeoutMs <= 0) return { verdict: 'unknown', reason: NO_TIME_FOR_STS };
  if (target.problem) return { verdict: 'unknown', reason: target.problem };
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
    host: target.url.host,
    'x-amz-date': toAmzDate(Date.now()),
  };
  if (creds.sessionToken) headers['x-amz-security-token'] = creds.sessionToken;
  const authorization = signV4({
    method: 'POST',
    url: target.url,
    headers,
    payloadHash: sha256Hex(BODY),
    region: target.region,
    service: 'sts',
    accessKeyId: creds.accessKeyId,
    secretAccessKey: creds.secretAccessKey,
    amzDate: headers['x-amz-date']!,
  });
  const { host: _host, ...sent } = headers; // node:https sets Host itself from the URL
  const r = await httpRequest({ url: target.url, route: target.route, method: 'POST', headers: { ...sent, authorization }, body: BODY, timeoutMs, what: 'STS' });
  return r.ok ? classifyStsResponse(r.status, r.body) : { verdict: 'unknown', reason: r.message };
}

/** Probes and records a definite verdict (valid/invalid) in the state file; `unknown` is not cached. */
export async function probeAndCache(
  paths: Pick<Paths, 'stateDir'>,
  profile: string,
  creds: StsCredentials,
  target: StsTarget,
  timeoutMs: number,
): Promise<StsAnswer> {
  const answer = await probeSts(creds, target, timeoutMs);
  if (answer.verdict !== 'unknown') {
    const verdict = { checkedAt: Date.now(), valid: answer.verdict === 'valid', reason: answer.reason, key: credentialFingerprint(creds.accessKeyId) };
    updateState(paths, profile, (s) => ({ ...s, sts: verdict }));
  }
  return answer;
}
