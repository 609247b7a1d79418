// Where an AWS call goes: an endpoint override from the environment (the SDK's precedence), else the service's
// regional host. A region becomes part of a host name only when it is a region name, and an override that is not
// https is used only for this machine: a typo or a hostile config never sends a token elsewhere. Pure.
import { endpointProblem, isRegionName } from '../net/route.ts';

export type Endpoint = { ok: true; url: URL; from: string } | { ok: false; message: string };

const nonEmpty = (v: string | undefined): v is string => typeof v === 'string' && v.trim() !== '';
const truthy = (v: string | undefined) => nonEmpty(v) && v.trim().toLowerCase() === 'true';

/**
 * `envNames` in order (AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL), unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS;
 * else `https://<prefix>.<region>.amazonaws.com` (`.com.cn` in China). `regionAt` names the setting for the message,
 * e.g. `sso_region of [sso-session corp] in /home/me/.aws/config`.
 */
export function serviceEndpoint(env: Record<string, string | undefined>, envNames: readonly string[], prefix: string, region: string, regionAt: string): Endpoint {
  if (!isRegionName(region)) {
    return { ok: false, message: `${regionAt} is "${region.slice(0, 60)}", not a region name (lower-case letters, digits and "-", e.g. eu-west-1) — fix that key` };
  }
  if (!truthy(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS)) {
    for (const name of envNames) {
      const v = env[name];
      if (!nonEmpty(v)) continue;
      let url: URL;
      try {
        url = new URL(v.trim());
      } catch {
        continue; // not a URL: the SDK would fail too; try the next
      }
      const problem = endpointProblem(url, name);
      return problem ? { ok: false, message: problem } : { ok: true, url, from: name };
    }
  }
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return { ok: true, url: new URL(`https://${prefix}.${region}.${suffix}`), from: `${prefix} endpoint of ${region}` };
}

/** A path under the endpoint, keeping a base path the override may carry. */
export const endpointPath = (base: URL, path: string): URL => new URL(`${base.pathname.replace(/\/$/, '')}${path}`, base);
