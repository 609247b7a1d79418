// What one run knows about its AWS profile (assembled once per run by flows/aws/profile-snapshot.ts): where its name came
// from, whether its keys sit in ~/.aws/credentials or it is defined in ~/.aws/config, its expiry and that expiry's
// source, and the login command its kind implies. Types and one pure rule; nothing here reads a file.
import type { Result } from '../errors.ts';
import type { ConfigProfile } from './aws-config.ts';
import type { ProfileCredentials } from './credentials.ts';
import type { Expiry } from './expiry.ts';
import type { ProfileSource } from './profile.ts';
import type { SsoSessionRecord } from './sso-session.ts';

export type LoadedProfile =
  | { kind: 'file'; file: string; creds: ProfileCredentials; expiry: Expiry }
  | {
      kind: 'config';
      file: string;
      config: ConfigProfile;
      expiry: Expiry;
      /** The SSO token cache as read for the expiry (it holds the access token the portal call needs), or null. */
      ssoToken: { text: string; mtimeMs: number } | null;
      /**
       * The IAM Identity Center sign-in record as this read updated it, not yet saved (a read only returns facts;
       * flows/aws/profile-snapshot.ts saves it as a step of its own), or null when nothing changed.
       */
      unsaved: { session: string; record: SsoSessionRecord } | null;
    };

export interface ProfileSnapshot {
  name: string;
  /** Where the name came from (CC_KEEPALIVE_PROFILE, config, AWS_PROFILE, default, or the session that started us). */
  source: ProfileSource;
  /** Keys from ~/.aws/credentials, or the ~/.aws/config profile that makes them, with the expiry; or why neither. */
  profile: Result<LoadedProfile>;
  /** `aws sso login --profile x` and the like, when the user configured no loginCmd. */
  defaultLogin: string | null;
  /** The re-login instruction we show: loginCmd, else defaultLogin, else where to set it. */
  loginHint: string;
  /**
   * The profile's `region` in ~/.aws/config, or null. That file is already read for a profile defined there, else
   * on first ask (only the STS probe needs the region); either way at most once per snapshot.
   */
  region(): string | null;
  /** The profile's `ca_bundle` in ~/.aws/config, or null (read like region()). */
  caBundle?(): string | null;
}

/** The login command AWS's own CLI needs for a config profile, when the user configured none. */
export function defaultLoginFor(p: LoadedProfile, profile: string): string | null {
  if (p.kind !== 'config') return null;
  if (p.config.kind === 'sso') return `aws sso login --profile ${profile}`;
  if (p.config.kind === 'login') return `aws login --profile ${profile}`;
  return null;
}
