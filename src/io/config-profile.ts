// A profile defined in ~/.aws/config (SSO, `aws login`, credential_process, roles) and where its expiry comes from:
// the caches those sign-ins keep (io/sso-session.ts, io/login-cache.ts, io/process-expiry.ts). A file of its own in
// the hot bundles (dist/code/lazy/config-profile.cjs): profiles with keys in ~/.aws/credentials never load it.
import { join } from 'node:path';
import { parseAwsIni } from '../core/aws-ini.ts';
import { configProfile, ssoTokenExpiry } from '../core/aws-config.ts';
import type { Expiry } from '../core/expiry.ts';
import { readRegularText } from './safe-read.ts';
import type { Context } from './context.ts';
import { processExpiry } from './process-expiry.ts';
import { loginSessionExpiry } from './login-cache.ts';
import type { LoadedProfile } from './profile-source.ts';
import { readTokenFacts, ssoSessionExpiry } from './sso-session.ts';

/** The context's profile as ~/.aws/config defines it, or null when it is not there (or not a kind we know). */
export function loadConfigProfile(ctx: Context): Extract<LoadedProfile, { kind: 'config' }> | null {
  const { paths } = ctx;
  const name = ctx.profile.name;
  const cfgText = readRegularText(paths.awsConfig, 4 * 1024 * 1024);
  const cfg = 'text' in cfgText ? configProfile(parseAwsIni(cfgText.text), name) : null;
  if (!cfg || cfg.kind === 'other') return null;
  let expiry: Expiry;
  if (cfg.ssoTokenFile) {
    const tokenFile = join(paths.awsSsoCache, cfg.ssoTokenFile);
    // An sso-session token that can renew itself lasts as long as the sign-in behind it: estimate that end.
    const renewable = cfg.keys.sso_session ? readTokenFacts(tokenFile) : null;
    if (renewable) expiry = ssoSessionExpiry(paths, cfg.keys.sso_session!, renewable, ctx.loaded.config);
    else {
      const token = readRegularText(tokenFile, 1024 * 1024);
      expiry = ssoTokenExpiry('text' in token ? token.text : null, tokenFile);
    }
  } else if (cfg.kind === 'login') {
    expiry = loginSessionExpiry(paths, cfg.keys.login_session!);
  } else if (cfg.kind === 'process') {
    expiry = processExpiry(paths, name, cfg.keys.credential_process!);
  } else {
    expiry = { expiresAt: null, source: { kind: 'none' }, reason: `profile "${name}" gets credentials through the AWS CLI (${cfg.kind}); expiry known only after an export` };
  }
  return { kind: 'config', file: paths.awsConfig, config: cfg, expiry };
}
