// What the product we replace left in oh-my-claudecode's HUD, and how to undo it. Pure: file text in, text out.
//
// Its first installer patched OMC's `~/.claude/hud/omc-hud.mjs` in place: after the last `import` line it inserted
// a block between the two markers below (lost on every OMC update, and a foreign import in someone else's file).
// Its later installer wrote `~/.claude/hud/aws-hud-wrapper.mjs` and pointed statusLine at it instead of at
// omc-hud.mjs. Our status line replaces both: OMC's own command moves into statusLineCmd unchanged and we append
// `aws:4h23m` to its first line. Our statusLine command never contains "omc-hud", so OMC's installer, which only
// rewrites a statusLine whose command contains "omc-hud", leaves ours alone across OMC updates.

export const LEGACY_PATCH_START = '// [cc-aws-keepalive:timer-start]';
export const LEGACY_PATCH_END = '// [cc-aws-keepalive:timer-end]';
export const LEGACY_WRAPPER_NAME = 'aws-hud-wrapper.mjs';

/** omc-hud.mjs without the legacy block (and the blank line either side of it), or null when there is none. */
export function stripLegacyPatch(text: string): string | null {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.includes(LEGACY_PATCH_START));
  if (start === -1) return null;
  let end = lines.findIndex((l, i) => i > start && l.includes(LEGACY_PATCH_END));
  // Old versions without the end marker inserted exactly two lines after it (import + call).
  if (end === -1) end = Math.min(start + 2, lines.length - 1);
  let from = start;
  let to = end;
  if (from > 0 && lines[from - 1]!.trim() === '') from--;
  if (to < lines.length - 1 && lines[to + 1]!.trim() === '') to++;
  lines.splice(from, to - from + 1);
  return lines.join(eol);
}

/** The legacy wrapper is ours to delete only if it says it was made by cc-aws-keepalive. */
export const isLegacyWrapper = (text: string): boolean => text.includes('cc-aws-keepalive');

/**
 * A statusLine command that runs the legacy wrapper, turned back into the OMC command it wrapped
 * (`node /home/u/.claude/hud/aws-hud-wrapper.mjs` → `node /home/u/.claude/hud/omc-hud.mjs`); null for anything else.
 */
export function unwrapLegacyHudCommand(command: string): string | null {
  return command.includes(LEGACY_WRAPPER_NAME) ? command.split(LEGACY_WRAPPER_NAME).join('omc-hud.mjs') : null;
}

/** Is this status line command oh-my-claudecode's HUD? (OMC's own installer uses the same test.) */
export const isOmcHudCommand = (command: string): boolean => command.includes('omc-hud');

/** One thing the HUD cleanup did or left (io/settings/omc-hud.ts); `code`: the error of a step that failed. */
export type OmcStep =
  | { file: string; step: 'patch-removed' | 'wrapper-kept' | 'wrapper-deleted' }
  | { file: string; step: 'patch-stuck' | 'wrapper-stuck'; code: string };

/** The cleanup's lines for setup: what was (or, dry, would be) done, and what was left alone and why. */
export function omcCleanupText(steps: OmcStep[]): { done: string[]; skipped: string[] } {
  const out = { done: [] as string[], skipped: [] as string[] };
  for (const s of steps) {
    if (s.step === 'patch-removed') out.done.push(`${s.file}: removed the old cc-aws-keepalive timer patch`);
    else if (s.step === 'wrapper-deleted') out.done.push(`${s.file}: deleted the old cc-aws-keepalive HUD wrapper (our status line appends the timer to OMC's HUD now)`);
    else if (s.step === 'wrapper-kept') out.skipped.push(`${s.file}: kept, settings.json statusLine still runs it`);
    else if (s.step === 'patch-stuck') out.skipped.push(`${s.file}: could not remove the old cc-aws-keepalive timer patch (${s.code}) — delete the lines between the "cc-aws-keepalive:timer" markers by hand`);
    else if (s.step === 'wrapper-stuck') out.skipped.push(`${s.file}: could not delete it (${s.code}); it is unused, delete it by hand`);
  }
  return out;
}
