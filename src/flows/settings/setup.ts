// The post-install command (`node <plugin>/dist/install.cjs`, `/aws-keepalive setup`): create our config when
// there is none, then wire settings.json to this version's scripts. Returns the lines to print and the error that stopped it, if any.
import { join } from 'node:path';
import { formatError } from '../../core/errors.ts';
import { parseStrictJson, setJson } from '../../core/settings/json-edit.ts';
import { planSettings, type Change, type Plan } from '../../core/settings/settings-plan.ts';
import { commandOf, HOOK_TIMEOUT_SECONDS, isRecord, type WiredKey } from '../../core/settings/wiring.ts';
import { configFilesPresent, loadConfig } from '../../io/config/config-file.ts';
import { migrateConfigFile } from './migrate-config.ts';
import { readOwnText } from '../../io/system/safe-read.ts';
import { cleanupOmcLegacy } from '../../io/settings/omc-hud.ts';
import { readTextFile, writeTextFile } from '../../io/system/text-file.ts';
import { readInstallRecord, writeInstallRecord } from '../../io/settings/install-record.ts';
import type { RunContext } from '../run-context.ts';
import { isOrphaned, liveSiblings } from '../../io/settings/plugin-folders.ts';
import { stripControl } from '../../core/text.ts';
import { omcCleanupText } from '../../core/settings/omc-legacy.ts';
import { setupText } from '../../core/settings/setup-text.ts';

export interface SetupOptions {
  mode: 'install' | 'uninstall';
  dryRun: boolean;
  statusLine: boolean;
  force: boolean;
  /** For a new config: the AWS profile to manage (empty: AWS_PROFILE, else "default"). */
  profile: string;
  /** Only rewrite a config written for the plugin we replace. */
  migrate?: boolean;
}

export interface SetupInput extends RunContext {
  /** This version's plugin directory. */
  root: string;
  options: SetupOptions;
}

export interface SetupReport {
  /** Progress and results, for stdout. */
  lines: string[];
  /** The one line that says why we stopped (nothing else was written after it), for stderr; null on success. */
  error: string | null;
}

export const REFRESH_INTERVAL_SECONDS = 30;

export async function runSetup(input: SetupInput): Promise<SetupReport> {
  const r = await setupSteps(input);
  // Paths, commands and profile names in these lines are the user's text: no escape sequence reaches the terminal.
  return { lines: r.lines.map(stripControl), error: r.error === null ? null : stripControl(r.error) };
}

async function setupSteps(input: SetupInput): Promise<SetupReport> {
  const { paths, options: o } = input;
  const lines: string[] = [];
  const backupDir = join(paths.stateDir, 'backups');
  // An old README or shell history can run a copy that an update replaced; wiring it would undo the update.
  if (o.mode === 'install' && isOrphaned(input.root)) {
    const newer = liveSiblings(input.root);
    return {
      lines,
      error: setupText.orphaned(input.root, newer.length ? join(newer[0]!, 'dist', 'install.cjs') : null),
    };
  }

  if (o.migrate) return migrateConfigFile(paths, { dryRun: o.dryRun, now: new Date(input.now()), explicit: true });

  // Everything is read and checked before anything is written: a refusal leaves every file as it was.
  const loaded = await loadConfig(paths);
  const settings = readTextFile(paths.claudeSettings);
  if (!settings.ok) return { lines, error: formatError(settings.error) };
  const record = readInstallRecord(paths.stateDir, paths.claudeSettings);
  const planned = planSettings(settings.value.text, paths.claudeSettings, {
    mode: o.mode,
    root: input.root,
    platform: input.platform,
    statusLine: o.statusLine,
    force: o.force,
    record,
    statusLineCmd: loaded.config.statusLineCmd,
    refreshIntervalSeconds: REFRESH_INTERVAL_SECONDS,
    hookTimeoutSeconds: HOOK_TIMEOUT_SECONDS.UserPromptSubmit,
  });
  if (!planned.ok) return { lines, error: formatError(planned.error) };
  const plan = planned.value;
  if (plan.changes.length && plan.statusLineCmd !== null) {
    const unusable = checkConfigTarget(input, loaded.file, plan.statusLineCmd);
    if (unusable) return { lines, error: unusable };
  }

  if (o.mode === 'install') {
    const made = ensureConfig(input);
    if (made.error) return { lines, error: made.error };
    if (made.line) lines.push(made.line);
    const migrated = migrateConfigFile(paths, { dryRun: o.dryRun, now: new Date(input.now()), explicit: false });
    lines.push(...migrated.lines);
    if (migrated.error) return { lines, error: migrated.error };
  }
  if (plan.changes.length === 0) {
    lines.push(setupText.unchanged(paths.claudeSettings, o.mode));
    return { lines: [...lines, ...omcCleanup(input, plan, o.dryRun)], error: null };
  }
  lines.push(...setupText.changes(paths.claudeSettings, plan.changes));
  if (plan.statusLineCmd !== null) lines.push(setupText.movedStatusLine(loaded.file ?? paths.configJson, plan.statusLineCmd));
  if (o.dryRun) return { lines: [...lines, ...omcCleanup(input, plan, true), setupText.dryRun], error: null };

  if (plan.statusLineCmd !== null) {
    const moved = saveStatusLineCmd(input, loaded.file, plan);
    if (moved) return { lines, error: moved };
  }
  const written = writeTextFile(settings.value, plan.text, { backupDir, now: new Date(input.now()) });
  if (!written.ok) return { lines, error: formatError(written.error) };
  writeInstallRecord(paths.stateDir, paths.claudeSettings, plan.record);
  lines.push(...omcCleanup(input, plan, false));
  lines.push(setupText.written(written.value.backup, paths.claudeSettings), setupText.done(o.mode, loaded.file ?? paths.configJson));
  return { lines, error: null };
}

/** What the original cc-aws-keepalive left in oh-my-claudecode's HUD folder goes once nothing runs it. */
function omcCleanup(input: SetupInput, plan: Plan, dryRun: boolean): string[] {
  if (input.options.mode !== 'install') return [];
  const parsed = parseStrictJson(plan.text || '{}');
  const command = parsed.ok && isRecord(parsed.value) ? commandOf(parsed.value, 'statusLine') : null;
  const r = omcCleanupText(cleanupOmcLegacy(input.paths, { statusLineCommand: command, dryRun }));
  return [...r.done.map((l) => setupText.omcCleaned(dryRun, l)), ...r.skipped];
}

/** Our config from the plugin's config.example.json, when the user has none; an existing one is never touched. */
function ensureConfig(input: SetupInput): { line: string | null; error: string | null } {
  const { paths, options: o } = input;
  const present = configFilesPresent(paths);
  if (present.json || present.toml) return { line: null, error: null };
  let text = readOwnText(join(input.root, 'config.example.json')) ?? '{\n}\n';
  // The example's profile is a placeholder: left in, every credential export would fail until edited.
  text = setJson(text, ['profile'], o.profile);
  text = setJson(text, ['loginCmd'], '');
  if (o.dryRun) return { line: setupText.configCreated(true, paths.configJson, o.profile), error: null };
  // The folder is made (0700) by the write itself, a failure to make it reported like one to write.
  const made = writeTextFile({ file: paths.configJson, target: paths.configJson, text: null, mode: null }, text, {
    backupDir: join(paths.stateDir, 'backups'),
    now: new Date(input.now()),
  });
  if (!made.ok) return { line: null, error: formatError(made.error) };
  return { line: setupText.configCreated(false, paths.configJson, o.profile), error: null };
}

/** Why our config cannot take the moved status line command (TOML, unreadable, not JSON), or null when it can. */
function checkConfigTarget(input: SetupInput, configFile: string | null, statusLineCmd: string): string | null {
  const file = configFile ?? input.paths.configJson;
  if (file.endsWith('.toml')) {
    return setupText.tomlTarget(file, statusLineCmd);
  }
  const cur = readTextFile(file);
  if (!cur.ok) return formatError(cur.error);
  if (cur.value.text?.trim()) {
    const p = parseStrictJson(cur.value.text);
    if (!p.ok) return setupText.badJson(file, p);
  }
  return null;
}

/** Writes the status line we moved aside into our config (checked by checkConfigTarget); an error line, or null. */
function saveStatusLineCmd(input: SetupInput, configFile: string | null, plan: Plan): string | null {
  const file = configFile ?? input.paths.configJson;
  const cur = readTextFile(file);
  if (!cur.ok) return formatError(cur.error);
  const next = setJson(cur.value.text?.trim() ? cur.value.text : '{\n}\n', ['statusLineCmd'], plan.statusLineCmd);
  const w = writeTextFile(cur.value, next, { backupDir: join(input.paths.stateDir, 'backups'), now: new Date(input.now()) });
  return w.ok ? null : formatError(w.error);
}

export interface HealInput extends Pick<RunContext, 'now' | 'platform' | 'paths'> {
  root: string;
  /** The keys found stale; a working pointer elsewhere is left alone. */
  keys: readonly WiredKey[];
}

/**
 * The SessionStart self-heal: re-points stale keys at this version with the same careful write as setup.
 * Returns what changed (for one on-screen line), null when another session already did it, or an error line.
 */
export function healSettings(input: HealInput): { changes: Change[]; backup: string | null } | { error: string } | null {
  const { paths } = input;
  // Sessions started together race to heal; whoever loses re-reads and usually finds nothing left to do.
  const record = readInstallRecord(paths.stateDir, paths.claudeSettings);
  for (let attempt = 0; ; attempt++) {
    const settings = readTextFile(paths.claudeSettings);
    if (!settings.ok) return { error: formatError(settings.error) };
    const planned = planSettings(settings.value.text, paths.claudeSettings, {
      mode: 'heal',
      root: input.root,
      platform: input.platform,
      statusLine: false,
      force: false,
      record,
      statusLineCmd: '',
      refreshIntervalSeconds: REFRESH_INTERVAL_SECONDS,
      hookTimeoutSeconds: HOOK_TIMEOUT_SECONDS.UserPromptSubmit,
      healKeys: input.keys,
    });
    if (!planned.ok) return { error: formatError(planned.error) };
    if (planned.value.changes.length === 0) return null;
    const written = writeTextFile(settings.value, planned.value.text, { backupDir: join(paths.stateDir, 'backups'), now: new Date(input.now()) });
    // Re-pointing the replaced plugin's commands records them, so --uninstall can give them back.
    if (written.ok && JSON.stringify(planned.value.record) !== JSON.stringify(record)) writeInstallRecord(paths.stateDir, paths.claudeSettings, planned.value.record);
    if (written.ok) return { changes: planned.value.changes, backup: written.value.backup };
    if (written.error.code !== 'SETTINGS_CHANGED' || attempt >= 2) return { error: formatError(written.error) };
  }
}
