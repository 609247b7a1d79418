// The in-process STS probe: one signed GetCallerIdentity over fetch, with a deadline. Used when a login tool
// writes no expiry (onelogin-aws-cli, Leapp, granted) and after an auto-login to confirm the new credentials.
// The verdict is cached in the state file so the hook and status line can reuse it without the network.
import { sha256Hex, signV4, toAmzDate } from '../../core/aws/sigv4.ts';
import { classifyStsResponse, credentialFingerprint, type StsAnswer, type StsTarget } from '../../core/aws/sts-plan.ts';
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
  if (timeoutMs <= 0) return { verdict: 'unknown', reason: 'no time left to ask STS' };
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
  const { host: _host, ...sent } = headers; // fetch sets Host itself from the URL
  try {
    const res = await fetch(target.url, {
      method: 'POST',
      headers: { ...sent, authorization },
      body: BODY,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = (await res.text()).slice(0, 64 * 1024);
    return classifyStsResponse(res.status, text);
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') {
      return { verdict: 'unknown', reason: `STS at ${target.url.host} did not answer within ${Math.round(timeoutMs / 100) / 10} s` };
    }
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    return { verdict: 'unknown', reason: `STS at ${target.url.host} is unreachable${cause ? ` (${cause})` : ''}` };
  }
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
