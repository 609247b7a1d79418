// What `/aws-keepalive setup` (and dist/install.cjs) prints: why it stopped, what it changed in settings.json and our
// config, and what is left to the user. Built from the facts the flow found (flows/settings/setup.ts); pure.
import { describeChange, type Change } from './settings-plan.ts';

/** `mode` of the setup run: wiring this version in, or taking it out. */
type Mode = 'install' | 'uninstall';

export const setupText = {
  /** Run from a copy an update replaced; `newer`: the live version's install bundle, when one is found. */
  orphaned: (root: string, newerInstall: string | null): string =>
    `cc-aws-keepalive: ${root} is a version an update replaced — ${newerInstall ? `run ${newerInstall} instead` : "run the installed version's dist/install.cjs instead"}`,
  unchanged: (settingsFile: string, mode: Mode): string =>
    `${settingsFile}: already ${mode === 'install' ? 'points at this version' : 'free of cc-aws-keepalive'} — nothing to change`,
  changes: (settingsFile: string, changes: Change[]): string[] => [`${settingsFile}:`, ...changes.map((c) => `  ${describeChange(c)}`)],
  movedStatusLine: (configFile: string, cmd: string): string => `  ~ statusLineCmd in ${configFile}: ${cmd}`,
  dryRun: 'dry run: nothing was written',
  /** `backup`: the copy of the previous settings.json; null when the file is new. */
  written: (backup: string | null, settingsFile: string): string => (backup ? `backup of the previous file: ${backup}` : `created ${settingsFile}`),
  done: (mode: Mode, configFile: string): string =>
    mode === 'install'
      ? 'done: Claude Code re-reads settings.json on its own; after a plugin update the SessionStart hook re-points these paths'
      : `done: our config (${configFile}) is left in place; delete it if you no longer want it`,
  omcCleaned: (dryRun: boolean, what: string): string => `${dryRun ? 'would clean' : 'cleaned'} ${what}`,
  /** A new config from the example; `profile` empty: it follows AWS_PROFILE. */
  configCreated: (dryRun: boolean, configFile: string, profile: string): string => {
    const who = profile ? `profile "${profile}"` : 'AWS_PROFILE, else the "default" profile';
    return dryRun
      ? `would create ${configFile} (manages ${who})`
      : `created ${configFile} (manages ${who}) — set "loginCmd"/"autoLoginCmd" for your login tool there`;
  },
  tomlTarget: (file: string, statusLineCmd: string): string =>
    `cc-aws-keepalive: ${file} is TOML, which we do not edit — set statusLineCmd = ${JSON.stringify(statusLineCmd)} there, then run this again`,
  /** Our config does not parse: where and why, and that nothing was written. */
  badJson: (file: string, at: { line: number; col: number; reason: string }): string =>
    `cc-aws-keepalive: ${file}:${at.line}:${at.col}: not valid JSON (${at.reason}) — fix it first; nothing was changed`,
};

/** `setup --migrate` (and every setup): a config.json of the plugin we replace, rewritten as ours. */
export const migrateText = {
  /** Said only when --migrate was asked for: `why` there is nothing to do. */
  nothing: (file: string, why: string): string => `${file}: ${why} — nothing to migrate`,
  rewritten: (file: string, dryRun: boolean, changes: string[], refused: string[]): string[] => [
    `${file}: written for the cc-aws-keepalive plugin we replace — ${dryRun ? 'would rewrite' : 'rewritten'} as ours:`,
    ...changes.map((c) => `  ~ ${c}`),
    ...refused.map((r) => `  ! ${r}`),
  ],
  backup: (backup: string | null): string => `  backup of the old file: ${backup ?? '(none)'}; its .last-sync and .auto-login.lock are left alone`,
  sshPasswordKept: '  the backup still holds the old ssh password: delete it once the key works',
};
