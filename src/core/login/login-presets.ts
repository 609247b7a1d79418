// The login tools `setup --login <tool>` knows: one row each, from the tools' own documentation and sources.
// Pure: building a command from a row needs only the profile, the platform and where the templates live.
import { quoteArg } from './shell-quote.ts';

export interface LoginPreset {
  id: string;
  /** The program looked up on PATH. */
  program: string;
  /** The interactive login a person runs in a terminal ({profile} is replaced). */
  manual: string[];
  /** The same login, unattended: the non-interactive flags and the flag that forces a refresh of a still-valid session. */
  auto: string[];
  /** The flags in `auto` that make it unattended / force a refresh (shown by setup and the table in docs/login-tools.md). */
  nonInteractive: string[];
  force: string | null;
  /** The field it writes the expiry to in ~/.aws/credentials ('' = none, or not in that file). */
  expirationField: string;
  /** Asks for a password on its terminal: run through the shipped expect / PowerShell template. */
  needsPty: boolean;
  /** How to pre-select the role, so no menu is ever shown. */
  role: string;
  /** The flag `setup --role ARN` appends to the unattended login (null: the role lives in the tool's config). */
  roleFlag: string | null;
  /** What we could not confirm from the tool's documentation; shown by setup and in docs/login-tools.md. */
  unverified: string | null;
}

/** Keychain entries the templates read: service (macOS, libsecret) or target prefix (Windows) plus the profile. */
export const KEYCHAIN_SERVICE = 'cc-aws-keepalive';

export const LOGIN_PRESETS: readonly LoginPreset[] = [
  {
    id: 'saml2aws',
    program: 'saml2aws',
    manual: ['saml2aws', 'login', '--profile', '{profile}'],
    auto: ['saml2aws', 'login', '--profile', '{profile}', '--skip-prompt', '--force'],
    nonInteractive: ['--skip-prompt'],
    force: '--force',
    expirationField: 'x_security_token_expires',
    needsPty: true,
    roleFlag: '--role',
    role: '--role <role ARN> (or role_arn in ~/.saml2aws)',
    unverified: null,
  },
  {
    id: 'gimme-aws-creds',
    program: 'gimme-aws-creds',
    manual: ['gimme-aws-creds', '--profile', '{profile}'],
    auto: ['gimme-aws-creds', '--profile', '{profile}'],
    nonInteractive: [],
    force: null,
    expirationField: 'x_security_token_expires',
    needsPty: true,
    roleFlag: '--roles',
    role: '--roles <role ARN> (or aws_rolename in ~/.okta_aws_login_config)',
    // Its --profile picks a section of ~/.okta_aws_login_config, not an AWS profile (its own source, config.py).
    unverified:
      'its --profile names a section of ~/.okta_aws_login_config, not the AWS profile: give that section the AWS profile\'s name, with write_aws_creds = True and cred_profile = the AWS profile; it needs no force flag (it always fetches new credentials)',
  },
  {
    id: 'aws-google-auth',
    program: 'aws-google-auth',
    manual: ['aws-google-auth', '--profile', '{profile}'],
    auto: ['aws-google-auth', '--profile', '{profile}', '-k'],
    nonInteractive: ['-k'],
    force: null,
    expirationField: 'aws_session_expiration',
    needsPty: true,
    roleFlag: '-r',
    role: '-r <role ARN>',
    unverified: '-k reads the password from the keyring it saved earlier; whether it re-logs in while the session is still valid is not documented',
  },
  {
    id: 'aws-azure-login',
    program: 'aws-azure-login',
    manual: ['aws-azure-login', '--profile', '{profile}'],
    auto: ['aws-azure-login', '--profile', '{profile}', '--no-prompt', '--force-refresh'],
    nonInteractive: ['--no-prompt'],
    force: '--force-refresh',
    expirationField: 'aws_expiration',
    needsPty: true,
    roleFlag: null,
    role: 'azure_default_role_arn in ~/.aws/config (with --no-prompt)',
    unverified: null,
  },
  {
    id: 'okta-aws-cli',
    program: 'okta-aws-cli',
    manual: ['okta-aws-cli', 'web', '--profile', '{profile}', '--write-aws-credentials', '--expiry-aws-variables', '--open-browser'],
    auto: ['okta-aws-cli', 'web', '--profile', '{profile}', '--write-aws-credentials', '--expiry-aws-variables', '--open-browser'],
    nonInteractive: ['--open-browser'],
    force: null,
    expirationField: 'x_security_token_expires',
    needsPty: false,
    roleFlag: '--aws-iam-role',
    role: '--aws-iam-role <role ARN>',
    unverified: '`web` opens the browser for the Okta sign-in (no password on a terminal); use `okta-aws-cli m2m` for a machine identity with no person at all',
  },
  {
    id: 'onelogin-aws-cli',
    program: 'onelogin-aws-login',
    manual: ['onelogin-aws-login', '--profile', '{profile}'],
    auto: ['onelogin-aws-login', '--profile', '{profile}'],
    nonInteractive: [],
    force: null,
    expirationField: '',
    needsPty: true,
    roleFlag: null,
    role: 'role_arn in ~/.onelogin-aws.config',
    unverified: 'it writes no expiry (STS tells valid from expired); flags to skip its prompts are not documented beyond the config file',
  },
  {
    id: 'aws-sso',
    program: 'aws',
    manual: ['aws', 'sso', 'login', '--profile', '{profile}'],
    auto: ['aws', 'sso', 'login', '--profile', '{profile}'],
    nonInteractive: [],
    force: null,
    expirationField: '',
    needsPty: false,
    roleFlag: null,
    role: 'sso_role_name in the profile in ~/.aws/config',
    unverified: null,
  },
  {
    id: 'aws-login',
    program: 'aws',
    manual: ['aws', 'login', '--profile', '{profile}'],
    auto: ['aws', 'login', '--profile', '{profile}'],
    nonInteractive: [],
    force: null,
    expirationField: '',
    needsPty: false,
    roleFlag: null,
    role: 'the profile in ~/.aws/config (AWS CLI 2.32 or newer)',
    unverified: null,
  },
  {
    id: 'aws-vault',
    program: 'aws-vault',
    manual: ['aws-vault', 'exec', '{profile}', '--', 'true'],
    auto: ['aws-vault', 'exec', '--prompt={prompt}', '{profile}', '--', 'true'],
    nonInteractive: ['--prompt={prompt}'],
    force: null,
    expirationField: '',
    needsPty: false,
    roleFlag: null,
    role: 'role_arn in the profile in ~/.aws/config',
    unverified:
      'aws-vault keeps credentials in its own store: give the profile `credential_process = aws-vault export --format=json <profile>` in ~/.aws/config (then no expiry field is needed); the MFA prompt appears as a desktop dialog (--prompt)',
  },
  {
    id: 'granted',
    program: 'assumego',
    manual: ['assume', '{profile}'],
    auto: ['assumego', '{profile}', '--export'],
    nonInteractive: ['--export'],
    force: null,
    expirationField: '',
    needsPty: false,
    roleFlag: null,
    role: 'the profile in ~/.aws/config',
    unverified: '`assume` is a shell function around `assumego`; `--export` writes the profile into ~/.aws/credentials without an expiry; whether it runs without a terminal is not documented',
  },
  {
    id: 'leapp',
    program: 'leapp',
    manual: ['leapp', 'session', 'start'],
    auto: ['leapp', 'session', 'start', '--sessionId', '<session id from `leapp session list`>'],
    nonInteractive: ['--sessionId'],
    force: null,
    expirationField: '',
    needsPty: false,
    roleFlag: null,
    role: 'the Leapp session (one per role)',
    unverified: 'needs the Leapp desktop app running; it writes ~/.aws/credentials without an expiry; replace the session id placeholder',
  },
];

export function findPreset(id: string): LoginPreset | null {
  const k = id.trim().toLowerCase();
  return LOGIN_PRESETS.find((p) => p.id === k || p.program === k) ?? null;
}

export interface BuiltLogin {
  loginCmd: string;
  autoLoginCmd: string;
  expirationField: string;
  /** Which shipped template autoLoginCmd runs, if any. */
  template: 'login.exp' | 'login.ps1' | null;
}

export interface BuildInput {
  profile: string;
  platform: NodeJS.Platform;
  /** Where setup installs the templates (our config folder). */
  templateDir: string;
  /** The full path of the tool when found on PATH (hooks may run with a shorter PATH than the user's shell). */
  programPath: string | null;
  /** The full path of `expect`, when found. */
  expectPath: string | null;
  /** `setup --role`: appended with the preset's roleFlag. */
  role: string;
  /** Seconds the template may run: below loginTimeoutSeconds so it reports its own timeout. */
  templateTimeoutSeconds: number;
}

/** The config values for one preset on this machine. */
export function buildLogin(p: LoginPreset, i: BuildInput): BuiltLogin {
  const win = i.platform === 'win32';
  const prompt = i.platform === 'darwin' ? 'osascript' : win ? 'wincredui' : 'zenity';
  const fill = (words: string[], full: boolean) =>
    words.map((w, n) => (n === 0 && full && i.programPath && w === p.program ? i.programPath : w.replace('{profile}', i.profile).replace('{prompt}', prompt)));
  const q = (words: string[]) => words.map((w) => quoteArg(w, i.platform)).join(' ');
  const loginCmd = q(fill(p.manual, false));
  const tool = [...fill(p.auto, true), ...(i.role && p.roleFlag ? [p.roleFlag, i.role] : [])];
  const join = (...parts: string[]) => (win ? parts.join('\\') : parts.join('/'));
  let autoLoginCmd: string;
  let template: BuiltLogin['template'] = null;
  if (!p.needsPty) autoLoginCmd = q(tool);
  else if (win) {
    template = 'login.ps1';
    const script = join(i.templateDir, template);
    // The tool's arguments travel as one string, so PowerShell never takes its `--flags` for its own parameters.
    const [program, ...rest] = tool;
    autoLoginCmd = `powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -File ${q([script, '-Account', i.profile, '-TimeoutSeconds', String(i.templateTimeoutSeconds), '-Program', program!, '-Arguments', q(rest)])}`;
  } else {
    template = 'login.exp';
    autoLoginCmd = q([i.expectPath ?? 'expect', '-f', join(i.templateDir, template), i.profile, String(i.templateTimeoutSeconds), ...tool]);
  }
  return { loginCmd, autoLoginCmd, expirationField: p.expirationField, template };
}

/** The one command that stores the password where the template reads it (it prompts; the password is never an argument). */
export function keychainCommand(platform: NodeJS.Platform, profile: string): string {
  if (platform === 'darwin') return `security add-generic-password -U -s ${KEYCHAIN_SERVICE} -a ${quoteArg(profile, platform)} -w`;
  if (platform === 'win32') return `cmdkey /generic:${KEYCHAIN_SERVICE}:${profile} /user:%USERNAME% /pass`;
  return `secret-tool store --label=${quoteArg(`${KEYCHAIN_SERVICE} ${profile}`, platform)} service ${KEYCHAIN_SERVICE} account ${quoteArg(profile, platform)}`;
}
