// The shapes the settings.json planners share (settings-plan.ts and its per-key planners import them from here, so
// the planners and their caller form no circle).
import type { CommandKey, WiredKey } from './wiring.ts';
import type { JSONPath } from './json-edit.ts';

/** What an install replaced, kept outside settings.json so `--uninstall` can put it back exactly. */
export interface SettingsRecord {
  replaced?: Partial<Record<CommandKey, unknown>>;
  /** The statusLine object the user had before ours (absent: we never moved one). */
  statusLineBefore?: unknown;
  /** The container our prompt-submit hook entry made, removed again with the entry when left empty. */
  hookContainer?: 'hooks' | 'hooks.UserPromptSubmit';
}

export interface PlanOptions {
  mode: 'install' | 'uninstall' | 'heal';
  /** This version's plugin directory (where dist/ is). */
  root: string;
  platform: NodeJS.Platform;
  /** --statusline: put our status line in, moving the user's into statusLineCmd. */
  statusLine: boolean;
  /** --force: replace awsCredentialExport / awsAuthRefresh commands that are not ours. */
  force: boolean;
  record: SettingsRecord | null;
  /** statusLineCmd from our config: what --uninstall restores when no record says better. */
  statusLineCmd: string;
  refreshIntervalSeconds: number;
  hookTimeoutSeconds: number;
  /** heal: only these keys are re-pointed (a working pointer elsewhere is the user's choice). */
  healKeys?: readonly WiredKey[];
}

export interface Change {
  key: string;
  action: 'add' | 'update' | 'remove' | 'restore';
  before?: unknown;
  after?: unknown;
  note?: string;
}

/** One owned key's part of the plan: edits to apply in order, the changes to show, the updated record. */
export interface KeyPlan {
  edits: [JSONPath, unknown][];
  changes: Change[];
  record: SettingsRecord | null;
}
