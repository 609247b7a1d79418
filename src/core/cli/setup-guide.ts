// The guided first setup: from what is on this machine (AWS profiles, login tools on PATH) to one proposed config,
// the reasons for it and the other choices. Pure: the flow (flows/settings/setup-guide.ts) brings the facts.
// Never a question: a choice we cannot make alone is shown with the flags that make it (`--profile`, `--login`, `--yes`).
import { LOGIN_PRESETS } from '../login/login-presets.ts';

/** How a profile signs in, as far as its files tell. */
export type SignInKind = 'sso' | 'login' | 'process' | 'role' | 'session' | 'keys' | 'other';

export interface FoundProfile {
  name: string;
  /** Which of the two files define it. */
  files: ('config' | 'credentials')[];
  kind: SignInKind;
  /** The expiry field its credentials carry (x_security_token_expires, …), or null. */
  expiryField: string | null;
  /** credential_process, for profiles that have one. */
  process: string | null;
}

export interface GuideFacts {
  profiles: FoundProfile[];
  /** Preset ids whose program is on PATH. */
  toolsOnPath: string[];
  awsProfile: string | undefined;
  /** --profile / --login as given ('' when not). */
  askedProfile: string;
  askedLogin: string;
}

export interface Proposal {
  profile: string | null;
  login: string | null;
  /** Why each choice was made, one line each. */
  why: string[];
  /** Choices left to the user, with the flag that makes them; empty when the proposal is the only sensible one. */
  open: string[];
}

const KIND_TEXT: Record<SignInKind, string> = {
  sso: 'IAM Identity Center (aws sso login)',
  login: 'aws login (console sign-in)',
  process: 'credential_process',
  role: 'a role assumed from another profile',
  session: 'temporary keys in ~/.aws/credentials (a SAML/OIDC login tool)',
  keys: 'long-lived access keys (nothing expires)',
  other: 'settings only (no credentials)',
};

// Profiles whose credentials expire: the ones worth keeping alive, best first.
const RANK: SignInKind[] = ['session', 'sso', 'login', 'process', 'role'];
// Tools that write temporary keys into ~/.aws/credentials, in the order we propose them.
const FILE_WRITERS = ['saml2aws', 'gimme-aws-creds', 'aws-azure-login', 'okta-aws-cli', 'aws-google-auth', 'onelogin-aws-cli', 'leapp', 'granted'];

export function proposeSetup(f: GuideFacts): Proposal {
  const why: string[] = [];
  const open: string[] = [];
  const byName = new Map(f.profiles.map((p) => [p.name, p]));
  let profile: FoundProfile | null = null;
  if (f.askedProfile) {
    profile = byName.get(f.askedProfile) ?? { name: f.askedProfile, files: [], kind: 'other', expiryField: null, process: null };
    // A SAML tool creates the profile at its first login: setting up before that is fine.
    why.push(`profile "${profile.name}": you asked for it (--profile)${profile.files.length ? '' : '; not in ~/.aws/config or ~/.aws/credentials yet (your login tool writes it at the first login)'}`);
  } else if (f.awsProfile && byName.has(f.awsProfile)) {
    profile = byName.get(f.awsProfile)!;
    why.push(`profile "${profile.name}": your AWS_PROFILE`);
  } else {
    const expiring = f.profiles.filter((p) => RANK.includes(p.kind)).sort((a, b) => RANK.indexOf(a.kind) - RANK.indexOf(b.kind));
    profile = expiring[0] ?? (f.profiles.length === 1 ? f.profiles[0]! : null);
    if (profile && expiring.length <= 1) why.push(`profile "${profile.name}": the only one whose credentials expire`);
    else if (profile) {
      why.push(`profile "${profile.name}": the first of ${expiring.length} whose credentials expire`);
      open.push(`another profile: --profile ${expiring.slice(1).map((p) => p.name).join(' | ')}`);
    }
  }
  if (!profile) {
    why.push(
      f.profiles.length
        ? `profile: none of ${f.profiles.map((p) => p.name).join(', ')} has credentials that expire — pick one with --profile`
        : 'profile: no AWS profile in ~/.aws/config or ~/.aws/credentials yet — log in once with your login tool (or aws configure sso), then run setup again',
    );
    return { profile: null, login: f.askedLogin || null, why, open };
  }
  if (profile.files.length) why.push(`  signs in with ${KIND_TEXT[profile.kind]}${profile.expiryField ? `; expiry in "${profile.expiryField}"` : ''}`);

  const on = (id: string) => f.toolsOnPath.includes(id);
  let login: string | null = null;
  if (f.askedLogin) {
    login = f.askedLogin;
    why.push(`login: ${login} (--login)`);
  } else if (profile.kind === 'sso' || profile.kind === 'login') {
    login = profile.kind === 'sso' ? 'aws-sso' : 'aws-login';
    why.push(`login: ${login}, the AWS CLI's own sign-in for this profile${on(login) ? '' : ' (the aws CLI is not on PATH: install AWS CLI v2)'}`);
  } else if (profile.kind === 'process') {
    const tool = /\baws-vault\b/.test(profile.process ?? '') ? 'aws-vault' : null;
    login = tool;
    why.push(tool ? `login: aws-vault, which its credential_process runs` : 'login: none needed — credential_process makes the keys on demand');
  } else if (profile.kind === 'session') {
    const writers = FILE_WRITERS.filter(on);
    // A tool that writes the very field the profile carries is the one that logged it in.
    const matching = writers.filter((id) => LOGIN_PRESETS.find((p) => p.id === id)?.expirationField === profile!.expiryField);
    const pick = matching.length ? matching : writers;
    login = pick[0] ?? null;
    if (login) why.push(`login: ${login}, found on PATH${matching.length ? ` and writing "${profile.expiryField}"` : ''}`);
    else why.push(`login: no login tool found on PATH (${FILE_WRITERS.join(', ')}) — add one later with --login <tool>`);
    if (pick.length > 1) open.push(`another login tool: --login ${pick.slice(1).join(' | ')}`);
  } else if (profile.kind === 'role') {
    why.push('login: none of its own — the profile it assumes the role from (source_profile) is the one that signs in');
  } else if (profile.kind === 'keys') {
    why.push('login: none — long-lived keys do not expire, so there is nothing to keep alive');
  }
  return { profile: profile.name, login, why, open };
}

/** What the guided first setup prints around its proposal, from the facts the flow found. */
export const guideText = {
  /** What the machine has, then the proposal's reasons. */
  found: (profiles: FoundProfile[], tools: string[], why: string[]): string[] => [
    'First setup — what this machine has:',
    `  AWS profiles: ${profiles.length ? profiles.map((p) => `${p.name} (${KIND_TEXT[p.kind]})`).join(', ') : 'none'}`,
    `  login tools on PATH: ${tools.length ? tools.join(', ') : 'none of the known ones'}`,
    'Proposed:',
    ...why.map((w) => `  ${w}`),
  ],
  /** A proposal not taken on its own: the flag that takes it, and the other choices. */
  takeIt: (open: string[]): string => `  take it: /aws-keepalive setup --yes${open.length ? `, or choose: ${open.join('; ')}` : ''}`,
  tomlProfile: (profile: string, tomlFile: string): string => `  set profile = ${JSON.stringify(profile)} in ${tomlFile} (we do not edit TOML)`,
  wouldSetProfile: (profile: string, file: string): string => `  would set "profile": ${JSON.stringify(profile)} in ${file}`,
  profileSet: (profile: string, file: string): string => `  ${file}: "profile": ${JSON.stringify(profile)}`,
  /** Our config is not a JSON object; `at`: where it stops parsing, when it does not parse at all. */
  notAnObject: (file: string, at: { line: number; col: number } | null, profile: string): string =>
    `cc-aws-keepalive: ${file}${at ? `:${at.line}:${at.col}` : ''}: not a JSON object of settings — fix it first, or set "profile": ${JSON.stringify(profile)} there by hand; nothing was changed`,
};
