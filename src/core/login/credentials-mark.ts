// Which credentials a failed login was about (core/login/login-guard.ts's credentialsMark) for a profile snapshot.
// Apart from login-guard.ts because it hashes a key: the state file, read on every prompt and repaint, parses the
// guard and must not load the hash with it.
import type { Result } from '../errors.ts';
import type { LoadedProfile } from '../aws/profile-snapshot.ts';
import { credentialFingerprint } from '../aws/sts-plan.ts';
import { credentialsMark } from './login-guard.ts';

/** The mark of a profile snapshot's credentials (the SSO or sign-in expiry for a profile in ~/.aws/config). */
export function markOf(p: Result<LoadedProfile>): string {
  if (!p.ok) return 'none';
  const e = p.value.expiry.expiresAt;
  return credentialsMark(e, e === null && p.value.kind === 'file' ? credentialFingerprint(p.value.creds.accessKeyId) : null);
}
