// The only code that reads ~/.aws/credentials. It never writes it: login tools own that file.
import { fail, ok, type Result } from '../errors.ts';
import { parseAwsIni, type AwsIni } from '../core/aws-ini.ts';
import { readSmallText } from './config-file.ts';

// Real credentials files are a few KiB; past this something is wrong and parsing it on every prompt would hurt.
const MAX_CREDENTIALS_BYTES = 4 * 1024 * 1024;

export function readAwsCredentials(file: string): Result<AwsIni> {
  const r = readSmallText(file, MAX_CREDENTIALS_BYTES);
  if ('missing' in r) return fail('CREDS_MISSING', `${file} does not exist`, 'log in with your AWS login tool (the loginCmd in the config) so it writes your credentials there');
  if ('problem' in r) return fail(r.problem.includes('too large') ? 'CREDS_TOO_LARGE' : 'CREDS_READ', r.problem, 'check the file, or point AWS_SHARED_CREDENTIALS_FILE at the right one');
  return ok(parseAwsIni(r.text));
}
