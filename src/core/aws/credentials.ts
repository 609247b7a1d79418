// From the parsed credentials file to one profile's usable credentials and expiry, or an error saying why not.
import { fail, ok, type Result } from '../errors.ts';
import type { AwsIni } from './aws-ini.ts';
import { closest } from '../text.ts';
import { findExpiry, type Expiry } from './expiry.ts';

export interface ProfileCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiry: Expiry;
}

export function profileCredentials(
  ini: AwsIni,
  profile: string,
  file: string,
  expirationField: string,
): Result<ProfileCredentials> {
  const keys = ini.sections.get(profile);
  if (!keys) {
    const names = [...ini.sections.keys()];
    const guess = closest(profile, names);
    return fail(
      'PROFILE_NOT_FOUND',
      `profile "${profile}" is not in ${file}`,
      guess
        ? `did you mean "${guess}"? Set "profile" in the cc-aws-keepalive config or CC_KEEPALIVE_PROFILE`
        : names.length
          ? `profiles there: ${names.slice(0, 8).join(', ')}; log in with your tool for "${profile}" or set "profile" in the config`
          : `log in with your tool so it writes the "${profile}" profile`,
    );
  }
  const get = (k: string) => {
    const hit = Object.entries(keys).find(([name]) => name.toLowerCase() === k);
    return hit ? hit[1].trim() : '';
  };
  const accessKeyId = get('aws_access_key_id');
  const secretAccessKey = get('aws_secret_access_key');
  // Older tools write aws_security_token instead of aws_session_token; the SDK reads both.
  const sessionToken = get('aws_session_token') || get('aws_security_token');
  if (!accessKeyId || !secretAccessKey) {
    return fail('KEYS_MISSING', `profile "${profile}" in ${file} has no aws_access_key_id/aws_secret_access_key`, 'log in again with your login tool');
  }
  if (!sessionToken) {
    return fail(
      'NO_SESSION_TOKEN',
      `profile "${profile}" in ${file} has no aws_session_token`,
      'Claude Code rejects exported credentials without one; use a profile written by your SSO/SAML login tool, or remove awsCredentialExport for long-term keys',
    );
  }
  return ok({ accessKeyId, secretAccessKey, sessionToken, expiry: findExpiry(keys, expirationField, ini.expiresComments.get(profile)) });
}

/** Why ~/.aws/credentials could not be read (io/aws/aws-credentials-file.ts); `problem`: the careful reader's sentence. */
export const credentialsFileRefusal = {
  missing: (file: string): Result<never> =>
    fail('CREDS_MISSING', `${file} does not exist`, 'log in with your AWS login tool (the loginCmd in the config) so it writes your credentials there'),
  unreadable: (problem: string, tooLarge: boolean): Result<never> =>
    fail(tooLarge ? 'CREDS_TOO_LARGE' : 'CREDS_READ', problem, 'check the file, or point AWS_SHARED_CREDENTIALS_FILE at the right one'),
};
