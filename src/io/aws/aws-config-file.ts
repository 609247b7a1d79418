// The only code that reads ~/.aws/config (AWS_CONFIG_FILE), parsed. We never write it: the AWS CLI owns it.
import { parseAwsIni, type AwsIni } from '../../core/aws/aws-ini.ts';
import { readSmallText } from '../config/config-file.ts';

// Real config files are a few KiB; past this something is wrong.
const MAX_AWS_CONFIG_BYTES = 4 * 1024 * 1024;

/** ~/.aws/config parsed, or null when it is missing or unreadable (then no profile is defined there). */
export function readAwsConfig(file: string): AwsIni | null {
  const r = readSmallText(file, MAX_AWS_CONFIG_BYTES);
  return 'text' in r ? parseAwsIni(r.text) : null;
}
