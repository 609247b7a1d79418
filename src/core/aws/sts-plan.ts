// Where and how to ask STS "are these credentials still good?", what its answer means, and how long we may
// reuse the answer. Pure: env, the profile's region in ~/.aws/config and the clock are passed in.
import { createHash } from 'node:crypto';
import { routeFor, type NetRoute } from '../net/route.ts';
import { serviceEndpoint } from './endpoints.ts';

/** A verdict from STS is reused this long by the hook and status line (which never touch the network). */
export const STS_CACHE_TTL_MS = 2 * 60_000;

export interface StsTarget {
  url: URL;
  region: string;
  /** Where the region and endpoint came from, for status/doctor. */
  reason: string;
  /** Proxy and CA bundle for the call. */
  route: NetRoute;
  /** Why STS must not be asked (a region that is no region name, a plain-http override elsewhere): the probe says so. */
  problem: string | null;
}

const nonEmpty = (v: string | undefined): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Same precedence as the AWS SDK: service endpoint, global endpoint, then the regional public endpoint.
 * `fromConfig`: the profile's region in ~/.aws/config (core/aws/aws-config.ts regionFromAwsConfig), or null.
 */
export function stsTarget(env: Record<string, string | undefined>, fromConfig: string | null, profile: string, caBundle: string | null = null): StsTarget {
  const [region, regionFrom] = nonEmpty(env.AWS_REGION)
    ? [env.AWS_REGION.trim(), 'AWS_REGION']
    : nonEmpty(env.AWS_DEFAULT_REGION)
      ? [env.AWS_DEFAULT_REGION.trim(), 'AWS_DEFAULT_REGION']
      : fromConfig
        ? [fromConfig, `region of profile "${profile}" in ~/.aws/config`]
        : ['us-east-1', 'no region configured, us-east-1'];
  const ep = serviceEndpoint(env, ['AWS_ENDPOINT_URL_STS', 'AWS_ENDPOINT_URL'], 'sts', region, regionFrom);
  const url = ep.ok ? ep.url : new URL('https://sts.invalid/');
  const reason = !ep.ok ? 'not asked' : ep.from.startsWith('AWS_') ? `${ep.from}, region from ${regionFrom}` : `regional endpoint, region from ${regionFrom}`;
  return { url, region, reason, route: routeFor(url, env, caBundle), problem: ep.ok ? null : ep.message };
}

export type StsAnswer = { verdict: 'valid' | 'invalid' | 'unknown'; reason: string };

// Error codes that mean "these credentials are not accepted", as opposed to "STS could not tell".
const REJECTED = new Set([
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'SignatureDoesNotMatch',
  'InvalidAccessKeyId',
  'AccessDenied',
  'TokenRefreshRequired',
]);

export function classifyStsResponse(status: number, body: string): StsAnswer {
  if (status === 200 && /<GetCallerIdentityResult>/.test(body)) return { verdict: 'valid', reason: 'STS accepted the credentials' };
  const code = /<Code>([^<]{1,80})<\/Code>/.exec(body)?.[1];
  if (code && REJECTED.has(code)) return { verdict: 'invalid', reason: `STS rejected the credentials (${code})` };
  if ((status === 403 || status === 401) && !code) return { verdict: 'invalid', reason: `STS rejected the credentials (HTTP ${status})` };
  return { verdict: 'unknown', reason: `STS answered HTTP ${status}${code ? ` ${code}` : ''}` };
}

/** Identifies which credentials a cached verdict is about without storing the key id itself. */
export function credentialFingerprint(accessKeyId: string): string {
  return createHash('sha256').update(`cc-aws-keepalive:${accessKeyId}`).digest('hex').slice(0, 16);
}

export interface CachedVerdict {
  checkedAt: number;
  valid: boolean;
  reason: string;
  key?: string;
}

/** The cached verdict when it is fresh and about these credentials (when `accessKeyId` is given); else null. */
export function cachedStsVerdict<V extends CachedVerdict>(state: { sts?: V }, now: number, accessKeyId?: string): V | null {
  const v = state.sts;
  if (!v) return null;
  if (v.checkedAt > now + 5_000 || now - v.checkedAt > STS_CACHE_TTL_MS) return null;
  if (accessKeyId !== undefined && v.key !== credentialFingerprint(accessKeyId)) return null;
  return v;
}

/** Why no STS probe was made: the run's deadline had no time left for one. */
export const NO_TIME_FOR_STS = 'no time left to ask STS';
