// `/aws-keepalive setup` and the post-install command. While our config names no profile and no login (a first
// setup), it looks at the machine — the profiles in ~/.aws/config and ~/.aws/credentials, the login tools on PATH,
// how the chosen profile signs in — and proposes one config; it writes it when the proposal is the only sensible one
// or the user said so (--yes, --profile, --login), then wires settings.json. Never asks: the other choices are
// printed with the flags that make them. Afterwards `setup` and `setup --login` do what they always did.
import { join } from 'node:path';
import { KNOWN_EXPIRY_FIELDS } from '../../core/aws/expiry.ts';
import { configProfile } from '../../core/aws/aws-config.ts';
import type { SetupArgs } from '../../core/cli/setup-args.ts';
import { guideText, proposeSetup, type FoundProfile } from '../../core/cli/setup-guide.ts';
import { formatError } from '../../core/errors.ts';
import { findPreset, LOGIN_PRESETS } from '../../core/login/login-presets.ts';
import { parseStrictJson, setJson } from '../../core/settings/json-edit.ts';
import { isRecord } from '../../core/settings/wiring.ts';
import { stripBom } from '../../core/text.ts';
import { readAwsConfig } from '../../io/aws/aws-config-file.ts';
import { readCredentialsSettled } from '../../io/aws/aws-credentials-file.ts';
import { configFilesPresent, loadConfig } from '../../io/config/config-file.ts';
import type { Paths } from '../../io/system/paths.ts';
import { findProgram } from '../../io/system/program-path.ts';
import { readTextFile, writeTextFile } from '../../io/system/text-file.ts';
import { loginNamesRefused, runLoginSetup } from '../login/login-setup.ts';
import { runSetup } from './setup.ts';
import type { RunContext } from '../run-context.ts';

export interface GuideInput extends RunContext {
  root: string;
  args: SetupArgs;
}

export interface GuideReport {
  lines: string[];
  error: string | null;
  /** An autoLoginCmd was just written: the caller runs `login --test` (it has the terminal and the signal). */
  testLogin: boolean;
}

export async function runGuidedSetup(i: GuideInput): Promise<GuideReport> {
  const a = i.args;
  const setup = (profile: string) =>
    runSetup({ ...i, options: { mode: a.mode, dryRun: a.dryRun, statusLine: a.statusLine, force: a.force, profile, migrate: a.migrate } });
  const loginSetup = (tool: string, profile: string) =>
    runLoginSetup({ ...i, tool, profile, role: a.role, dryRun: a.dryRun });

  const first = a.mode === 'install' && !a.migrate ? await firstSetup(i.paths) : null;
  if (!first) {
    const r = a.login && a.mode === 'install' && !a.migrate ? await loginSetup(a.login, a.profile) : await setup(a.profile);
    return { ...r, testLogin: false };
  }

  const profiles = findProfiles(i.paths);
  const tools = toolsOnPath(i);
  const proposal = proposeSetup({ profiles, toolsOnPath: tools, awsProfile: i.env.AWS_PROFILE?.trim() || undefined, askedProfile: a.profile, askedLogin: a.login });
  const lines = guideText.found(profiles, tools, proposal.why);
  // A config that exists is only edited when asked to (--yes, --profile, --login); a new one takes a sure proposal.
  const asked = a.yes || a.profile !== '' || a.login !== '';
  const accepted = a.login !== '' || (proposal.profile !== null && (asked || (first === 'no-config' && proposal.open.length === 0)));
  if (!accepted) {
    if (proposal.profile) lines.push(guideText.takeIt(proposal.open));
    const r = await setup('');
    return { lines: [...lines, ...r.lines], error: r.error, testLogin: false };
  }
  // With --login and no profile found: the login setup's own choice (AWS_PROFILE, else "default").
  const profile = proposal.profile ?? '';
  if (proposal.login) {
    // Checked before the first write: a name the login would carry as an option is refused with nothing changed.
    // AWS_PROFILE is the profile Claude Code will use: without --profile, it is the name the login must carry.
    const fromEnv = !a.profile && Boolean(i.env.AWS_PROFILE?.trim());
    const refused = loginNamesRefused(i.env, '', fromEnv ? '' : profile, a.role);
    if (refused) return { lines, error: refused, testLogin: false };
  }
  const wired = await setup(profile);
  lines.push(...wired.lines);
  if (wired.error) return { lines, error: wired.error, testLogin: false };
  if (proposal.login) {
    const l = await loginSetup(proposal.login, profile);
    lines.push(...l.lines);
    if (l.error) return { lines, error: l.error, testLogin: false };
  } else if (profile) {
    const p = writeProfile(i, profile);
    if (p.line) lines.push(p.line);
    if (p.error) return { lines, error: p.error, testLogin: false };
  }
  const after = await loadConfig(i.paths);
  // A login through a template needs the password in the keychain first (the step it just printed): no test yet.
  const waits = proposal.login !== null && findPreset(proposal.login)?.needsPty === true;
  return { lines, error: null, testLogin: !a.dryRun && !waits && after.config.autoLoginCmd.trim() !== '' };
}

/** A first setup: no config yet, or one that names neither a profile nor a login (what a first setup wrote). */
async function firstSetup(paths: Paths): Promise<'no-config' | 'blank' | null> {
  const present = configFilesPresent(paths);
  if (!present.json && !present.toml) return 'no-config';
  const { config } = await loadConfig(paths);
  return !config.profile && !config.loginCmd.trim() && !config.autoLoginCmd.trim() ? 'blank' : null;
}

/** Every profile of ~/.aws/config and ~/.aws/credentials, with how it signs in. */
function findProfiles(paths: Paths): FoundProfile[] {
  const out = new Map<string, FoundProfile>();
  const ini = readAwsConfig(paths.awsConfig);
  for (const section of ini?.sections.keys() ?? []) {
    const name = section === 'default' ? 'default' : /^profile\s+(.+)$/.exec(section)?.[1]?.trim();
    const cp = name ? configProfile(ini!, name) : null;
    if (!name || !cp) continue;
    out.set(name, { name, files: ['config'], kind: cp.kind, expiryField: null, process: cp.keys.credential_process ?? null });
  }
  const creds = readCredentialsSettled(paths.awsCredentials, (r) => r);
  for (const [name, keys] of creds.ok ? creds.value.sections : []) {
    if (!keys.aws_access_key_id) continue;
    const kind = keys.aws_session_token ? 'session' : 'keys';
    const expiryField = KNOWN_EXPIRY_FIELDS.find((f) => f in keys) ?? null;
    const prev = out.get(name);
    // Keys in the credentials file are what the SDK uses first; a config profile that only adds a region says less.
    if (prev && prev.kind !== 'other') prev.files.push('credentials');
    else out.set(name, { name, files: prev ? ['config', 'credentials'] : ['credentials'], kind, expiryField, process: null });
  }
  return [...out.values()];
}

function toolsOnPath(i: GuideInput): string[] {
  const found = new Map<string, boolean>();
  return LOGIN_PRESETS.filter((p) => {
    if (!found.has(p.program)) found.set(p.program, findProgram(p.program, i.env, i.platform) !== null);
    return found.get(p.program);
  }).map((p) => p.id);
}

/** The chosen profile into a config that has none (a login setup writes it itself). */
function writeProfile(i: GuideInput, profile: string): { line: string | null; error: string | null } {
  const file = i.paths.configJson;
  if (configFilesPresent(i.paths).toml) return { line: guideText.tomlProfile(profile, i.paths.configToml), error: null };
  if (i.args.dryRun) return { line: guideText.wouldSetProfile(profile, file), error: null };
  const cur = readTextFile(file);
  if (!cur.ok) return { line: null, error: formatError(cur.error) };
  const body = cur.value.text?.trim() ? cur.value.text : '{\n}\n';
  const parsed = parseStrictJson(stripBom(body));
  if (!parsed.ok || !isRecord(parsed.value)) {
    return { line: null, error: guideText.notAnObject(file, parsed.ok ? null : parsed, profile) };
  }
  const bom = body.startsWith('\ufeff') ? '\ufeff' : '';
  const text = bom + setJson(stripBom(body), ['profile'], profile);
  if (text === cur.value.text) return { line: null, error: null };
  const w = writeTextFile(cur.value, text, { backupDir: join(i.paths.stateDir, 'backups'), now: new Date(i.now()) });
  return w.ok ? { line: guideText.profileSet(profile, file), error: null } : { line: null, error: formatError(w.error) };
}

