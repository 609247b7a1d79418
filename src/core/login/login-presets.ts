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
  /**
   * What an unattended run waits on: a browser tab or an MFA push/dialog. Such a login is started at most once per
   * expiry in the background (backgroundLogin "once" by default): every start is another tab or push.
   */
  challenge: 'browser' | 'push' | null;
  /**
   * The tool's own words for a refused sign-in (auth) and for a login that needs the person (user), on top of the
   * generic ones in core/login/login-failure.ts; `source` says where they come from and what is unverified.
   */
  failures: { auth: RegExp[]; user: RegExp[]; source: string };
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
    challenge: null,
    failures: { auth: [/error authenticating to IdP[^\n]*(?:password|credential|unauthori[sz]ed|denied|locked)/i], user: [/no credentials found for|please check your configuration/i], source: 'cmd/saml2aws/commands/login.go wraps the IdP error in "error authenticating to IdP" (verified); the IdP words inside are unverified' },
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
    challenge: 'push',
    failures: { auth: [/authentication failed|invalid (?:username|password)|LOCKED_OUT|okta verify push was rejected/i], user: [], source: 'unverified: Okta API error names (LOCKED_OUT) and the tool\'s wording are from its docs, not checked against its source' },
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
    challenge: 'push',
    failures: { auth: [/incorrect (?:email or )?password|couldn\'t sign you in/i], user: [/captcha/i], source: 'unverified: Google\'s sign-in page wording changes; a CAPTCHA needs the person' },
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
    challenge: 'push',
    failures: {
      auth: [/AADSTS50126|AADSTS50053|AADSTS50057|account or password is incorrect|didn'?t hear from you|declined/i],
      user: [/AADSTS50076|AADSTS50079/i],
      source:
        "src/login.ts prints the sign-in page's error (.alert-error) and asks for the password again, and ends with the text of its \"TFA failed\" page (verified); the words on Microsoft's pages and the AADSTS codes (50126 bad password, 50053 locked, 50057 disabled, 50076/50079 a new MFA step) are from Microsoft's documentation, unverified in this tool's output",
    },
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
    challenge: 'browser',
    failures: { auth: [/access_denied|authentication failed/i], user: [/open the following url|device code/i], source: 'unverified: okta-aws-cli web prints the device authorization URL; its error wording is from its README' },
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
    challenge: null,
    failures: { auth: [/invalid (?:username|password|credentials)|authentication failed/i], user: [], source: 'unverified' },
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
    challenge: 'browser',
    failures: { auth: [/access_denied|AccessDeniedException/i], user: [/open the SSO authorization page|open the following URL|Token has expired/i], source: 'AWS CLI v2: "Attempting to automatically open the SSO authorization page in your default browser" and "open the following URL" (verified in its output); an expired or refused device authorization reads "Token has expired" (unverified), counted as needing the person' },
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
    challenge: 'browser',
    failures: { auth: [/access_denied|AccessDenied/i], user: [/browser|open the following URL/i], source: 'unverified: aws login (AWS CLI 2.32+) opens the console sign-in in the browser like aws sso login' },
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
    challenge: 'push',
    failures: { auth: [/MultiFactorAuthentication failed|invalid MFA one time pass code|AccessDenied/i], user: [/no prompt driver|could not (?:open|start) (?:zenity|osascript)/i], source: 'MFA failure text is STS\'s ("MultiFactorAuthentication failed with invalid MFA one time pass code", verified STS error); aws-vault\'s prompt-driver errors are unverified' },
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
    challenge: 'browser',
    failures: { auth: [/AccessDenied|access_denied/i], user: [/browser|device code/i], source: 'unverified: granted opens the browser for IAM Identity Center profiles' },
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
    challenge: 'browser',
    failures: { auth: [/access denied|authentication failed/i], user: [/desktop app|not running/i], source: 'unverified' },
  },
];

export function findPreset(id: string): LoginPreset | null {
  const k = id.trim().toLowerCase();
  return LOGIN_PRESETS.find((p) => p.id === k || p.program === k) ?? null;
}

/**
 * The preset an autoLoginCmd runs, directly or through a template (`expect -f login.exp … saml2aws login …`): its
 * program's file name followed by its subcommand words (`aws sso login`, not `aws login`). null for anything else.
 */
export function presetOf(command: string): LoginPreset | null {
  const words = command.split(/\s+/).map((w) => (w.replace(/^["']+|["']+$/g, '').split(/[\\/]/).pop() ?? '').replace(/\.exe$/i, ''));
  for (const p of LOGIN_PRESETS) {
    const rest = p.auto.slice(1);
    const end = rest.findIndex((w) => w.startsWith('-') || w.includes('{') || w.includes('<'));
    const subs = end === -1 ? rest : rest.slice(0, end);
    const at = words.findIndex((w, i) => w === p.program && subs.every((s, n) => words[i + 1 + n] === s));
    if (at !== -1) return p;
  }
  return null;
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
    const [program, ...rest] = tool;
    autoLoginCmd = powershellTemplateCommand(script, i.profile, i.templateTimeoutSeconds, program!, q(rest));
  } else {
    template = 'login.exp';
    // `--` ends expect's own options: without it a profile such as `-cexec …` is a command for expect to run.
    autoLoginCmd = q([i.expectPath ?? 'expect', '-f', join(i.templateDir, template), '--', i.profile, String(i.templateTimeoutSeconds), ...tool]);
  }
  return { loginCmd, autoLoginCmd, expirationField: p.expirationField, template };
}

/** A PowerShell single-quoted string: PowerShell also takes the typographic single quotes as quotes; each is doubled. */
const psQuote = (s: string) => `'${s.replace(/['\u2018\u2019\u201a\u201b]/g, (c) => c + c)}'`;

/**
 * login.ps1 run as a script block built from the file's text: a Group Policy execution policy overrides
 * `-ExecutionPolicy Bypass` for `-File`, but governs no command. The command travels as -EncodedCommand (base64 of
 * UTF-16LE), so neither cmd.exe nor powershell.exe's own argument parsing can change a character of it. The tool's
 * arguments are one string, so PowerShell never takes its `--flags` for its own parameters.
 */
export function powershellTemplateCommand(script: string, profile: string, timeoutSeconds: number, program: string, args: string): string {
  const text = `& ([scriptblock]::Create([IO.File]::ReadAllText(${psQuote(script)}))) -Account ${psQuote(profile)} -TimeoutSeconds ${timeoutSeconds} -Program ${psQuote(program)} -Arguments ${psQuote(args)}`;
  return `powershell -NoProfile -NonInteractive -EncodedCommand ${Buffer.from(text, 'utf16le').toString('base64')}`;
}

/** The one command that stores the password where the template reads it (it prompts; the password is never an argument). */
export function keychainCommand(platform: NodeJS.Platform, profile: string): string {
  if (platform === 'darwin') return `security add-generic-password -U -s ${KEYCHAIN_SERVICE} -a ${quoteArg(profile, platform)} -w`;
  if (platform === 'win32') return `cmdkey /generic:${KEYCHAIN_SERVICE}:${profile} /user:%USERNAME% /pass`;
  return `secret-tool store --label=${quoteArg(`${KEYCHAIN_SERVICE} ${profile}`, platform)} service ${KEYCHAIN_SERVICE} account ${quoteArg(profile, platform)}`;
}
