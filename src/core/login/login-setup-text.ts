// What `setup --login <tool>` prints: the tool and profile, the template and config edits, and what is left for the
// user to do by hand. Built from the facts the flow found (flows/login/login-setup.ts); pure.
import { keychainCommand, type LoginPreset } from './login-presets.ts';

export const loginSetup = {
  noPreset: (tool: string, known: string[]): string => `cc-aws-keepalive: no preset for "${tool}" — known tools: ${known.join(', ')}`,
  bothConfigs: (json: string, toml: string): string => `cc-aws-keepalive: both ${json} and ${toml} exist — keep one of them, then run this again`,
  refused: (problem: string): string => `cc-aws-keepalive: ${problem}; nothing was changed`,
  failed: (message: string): string => `cc-aws-keepalive: ${message}`,
  header: (presetId: string, profile: string, programPath: string | null): string =>
    `${presetId} for AWS profile "${profile}"${programPath ? ` (${programPath})` : ''}:`,
  keptTemplate: (file: string, shipped: string): string => `  kept your changed ${file} (the shipped one: ${shipped})`,
  /** `state`: what happened to the template file (`installed`, `would-update`, …), shown with a space for the dash. */
  template: (state: string, file: string): string => `  ${state.replace('-', ' ')} ${file}`,
  alreadySet: (file: string): string => `  ${file}: already set — nothing to change`,
  backup: (file: string): string => `  backup of the previous file: ${file}`,
  dryRun: 'dry run: nothing was written',
  /** Another tool's expiry field in the profile goes stale once this tool logs in. */
  otherField: (credentialsFile: string, profile: string, present: string, presetId: string, field: string): string =>
    `  note: ${credentialsFile} [${profile}] has "${present}" from another tool; ${presetId} writes "${field}" (remove the old line if it stays behind)`,
};

/** What setup found that the user still has to do: a missing program, the role, the keychain, the final check. */
export function stillToDo(
  p: LoginPreset,
  f: { platform: NodeJS.Platform; role: string; profile: string; programPath: string | null; expectPath: string | null },
): string[] {
  const out: string[] = [];
  if (!f.programPath) out.push(`  ! ${p.program} is not on PATH: install it (autoLoginCmd then finds it by name)`);
  if (p.needsPty && f.platform !== 'win32' && !f.expectPath) out.push(`  ! expect is not on PATH: install it (${f.platform === 'darwin' ? 'brew install expect' : 'apt-get install expect, or dnf install expect'})`);
  if (p.unverified) out.push(`  note: ${p.unverified}`);
  if (!(f.role && p.roleFlag)) out.push(`  role: pre-select it so no menu is shown — ${p.roleFlag ? `setup --role <ARN> adds ${p.roleFlag}, or ` : ''}${p.role}`);
  if (f.role && !p.roleFlag) out.push(`  ! --role is not passed to ${p.id} on its command line: set it as ${p.role}`);
  if (p.needsPty) {
    out.push('Still to do — store your IdP password in the keychain once (the template reads it from there, never from a file):');
    out.push(`  ${keychainCommand(f.platform, f.profile)}`);
  } else if (p.id === 'aws-vault') {
    out.push(`Still to do — in ~/.aws/config, under [profile ${f.profile}]: credential_process = aws-vault export --format=json ${f.profile}`);
  }
  out.push('Then check it the way Claude Code runs it: /aws-keepalive login --test');
  return out;
}
