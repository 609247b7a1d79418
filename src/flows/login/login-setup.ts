// `setup --login <tool>`: from the name of a login tool to a working autoLoginCmd. Detects the tool on PATH, the
// expiry field already in ~/.aws/credentials and the profile; installs the template the tool needs; writes
// loginCmd/autoLoginCmd/expirationField into our config (JSON or TOML) the careful way; says what is left to do.
import { join } from 'node:path';
import { KNOWN_EXPIRY_FIELDS } from '../../core/aws/expiry.ts';
import { planLoginEdit } from '../../core/login/login-config-edit.ts';
import { buildLogin, findPreset, LOGIN_PRESETS, type LoginPreset } from '../../core/login/login-presets.ts';
import { describeProfileSource, resolveProfile } from '../../core/aws/profile.ts';
import { nameProblem } from '../../core/login/safe-name.ts';
import { cmdQuoteProblem, cmdQuoteRefusal } from '../../core/login/shell-quote.ts';
import { formatError } from '../../core/errors.ts';
import { readCredentialsSettled } from '../../io/aws/aws-credentials-file.ts';
import { readTextFile, writeTextFile } from '../../io/system/text-file.ts';
import { configFilesPresent, loadConfig } from '../../io/config/config-file.ts';
import type { Paths } from '../../io/system/paths.ts';
import type { RunContext } from '../run-context.ts';
import { findProgram } from '../../io/system/program-path.ts';
import { installTemplate } from '../../io/login/templates.ts';
import { updateState } from '../../io/system/state-file.ts';
import { userActed } from '../../core/login/login-guard.ts';
import { loginSetup, stillToDo } from '../../core/login/login-setup-text.ts';

export interface LoginSetupInput extends RunContext {
  root: string;
  tool: string;
  /** Empty: the config's profile, else AWS_PROFILE, else "default". */
  profile: string;
  /** A role ARN to pre-select with the tool's flag ('' = none). */
  role: string;
  dryRun: boolean;
}

export interface LoginSetupReport {
  lines: string[];
  error: string | null;
}

/** Seconds the template keeps for itself below loginTimeoutSeconds, so it reports its own timeout first. */
const TEMPLATE_MARGIN_S = 10;

/**
 * The profile (asked for, else the one env or config names) and the role become the keychain account and arguments
 * of the tool: one that would read as an option or a redirection is refused before anything is written.
 */
export function loginNamesRefused(env: Record<string, string | undefined>, configProfile: string, asked: string, role: string): string | null {
  const resolved = resolveProfile(env, configProfile);
  const profile = asked || resolved.name;
  const bad = nameProblem(profile, 'profile name', asked ? '--profile' : describeProfileSource(resolved)) ?? (role ? nameProblem(role, 'role', '--role') : null);
  return bad ? loginSetup.refused(bad) : null;
}

export async function runLoginSetup(i: LoginSetupInput): Promise<LoginSetupReport> {
  const lines: string[] = [];
  const preset = findPreset(i.tool);
  if (!preset) return { lines, error: loginSetup.noPreset(i.tool, LOGIN_PRESETS.map((p) => p.id)) };
  const { json: hasJson, toml: hasToml } = configFilesPresent(i.paths);
  if (hasJson && hasToml) return { lines, error: loginSetup.bothConfigs(i.paths.configJson, i.paths.configToml) };
  const kind = hasToml ? 'toml' : 'json';
  const file = kind === 'toml' ? i.paths.configToml : i.paths.configJson;
  const loaded = await loadConfig(i.paths);
  const profile = i.profile || resolveProfile(i.env, loaded.config.profile).name;
  const refused = loginNamesRefused(i.env, loaded.config.profile, i.profile, i.role);
  if (refused) return { lines, error: refused };

  const programPath = findProgram(preset.program, i.env, i.platform);
  const expectPath = preset.needsPty && i.platform !== 'win32' ? findProgram('expect', i.env, i.platform) : null;
  for (const [what, word] of [['profile', profile], ['role', i.role], [preset.program, programPath ?? '']] as const) {
    const problem = cmdQuoteProblem(word, i.platform);
    if (problem) return { lines, error: cmdQuoteRefusal(what, word, problem) };
  }
  const field = detectField(i.paths, profile, preset, lines);
  const built = buildLogin(preset, {
    profile,
    platform: i.platform,
    templateDir: i.paths.configDir,
    programPath,
    expectPath,
    role: i.role,
    templateTimeoutSeconds: Math.max(10, loaded.config.loginTimeoutSeconds - TEMPLATE_MARGIN_S),
  });
  const want = { profile, loginCmd: built.loginCmd, autoLoginCmd: built.autoLoginCmd, expirationField: field };

  lines.push(loginSetup.header(preset.id, profile, programPath));
  if (built.template) {
    const t = installTemplate(built.template, i.root, i.paths, i.dryRun);
    if (t.state === 'error') return { lines, error: loginSetup.failed(t.message) };
    if (t.state === 'kept') lines.push(loginSetup.keptTemplate(t.file, t.shipped));
    else if (t.state !== 'current') lines.push(loginSetup.template(t.state, t.file));
  }

  const cur = readTextFile(file);
  if (!cur.ok) return { lines, error: formatError(cur.error) };
  const parseToml = kind === 'toml' ? (await import('@iarna/toml')).parse : undefined;
  const plan = planLoginEdit(cur.value.text, file, kind, want, parseToml);
  if (!plan.ok) return { lines, error: loginSetup.failed(plan.message) };
  if (plan.changes.length === 0) lines.push(loginSetup.alreadySet(file));
  else {
    lines.push(`  ${file}:`, ...plan.changes.map((c) => `    ${c}`));
    if (!i.dryRun) {
      const w = writeTextFile(cur.value, plan.text, { backupDir: join(i.paths.stateDir, 'backups'), now: new Date(i.now()) });
      if (!w.ok) return { lines, error: formatError(w.error) };
      if (w.value.backup) lines.push(loginSetup.backup(w.value.backup));
    }
  }
  // Setting the login up again (a new password in the keychain, say) is the user acting: background logins may
  // try again. The hourly ceiling still counts the failures behind it.
  if (!i.dryRun) updateState(i.paths, profile, (s) => (s.guard ? { ...s, guard: userActed(s.guard) } : s));
  lines.push(...stillToDo(preset, { platform: i.platform, role: i.role, profile, programPath, expectPath }));
  if (i.dryRun) lines.push(loginSetup.dryRun);
  return { lines, error: null };
}

/**
 * The expiry field: the one the tool writes (empty: auto-detect). A different known field already in the profile
 * was left by another tool and goes stale once this one logs in; we say so.
 */
function detectField(paths: Paths, profile: string, preset: LoginPreset, lines: string[]): string {
  const creds = readCredentialsSettled(paths.awsCredentials, (ini) => ini);
  const section = creds.ok ? creds.value.sections.get(profile) : undefined;
  const present = section ? KNOWN_EXPIRY_FIELDS.find((f) => f in section) : undefined;
  if (present && preset.expirationField && present !== preset.expirationField) {
    lines.push(loginSetup.otherField(paths.awsCredentials, profile, present, preset.id, preset.expirationField));
  }
  return preset.expirationField;
}
