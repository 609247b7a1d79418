// Removes what the product we replace left in oh-my-claudecode's HUD folder (`<claude dir>/hud/`): the timer patch
// inside omc-hud.mjs and the aws-hud-wrapper.mjs file. Used by setup after settings.json no longer points at the
// wrapper. Touches nothing that does not carry the old product's markers.
import { statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { LEGACY_WRAPPER_NAME, isLegacyWrapper, stripLegacyPatch } from '../../core/settings/omc-legacy.ts';
import { writeFileAtomic } from '../system/atomic-write.ts';
import type { Paths } from '../system/paths.ts';
import { readOwnText } from '../system/safe-read.ts';

export interface OmcCleanup {
  /** One line per change made (or, with dryRun, that would be made), naming the file. */
  done: string[];
  /** One line per thing left alone and why. */
  skipped: string[];
}

export function cleanupOmcLegacy(
  paths: Pick<Paths, 'claudeDir'>,
  opts: {
    /** The statusLine command settings.json holds now; the wrapper is kept while it still runs it. */
    statusLineCommand: string | null;
    dryRun?: boolean;
  },
): OmcCleanup {
  const out: OmcCleanup = { done: [], skipped: [] };
  const hud = join(paths.claudeDir, 'hud', 'omc-hud.mjs');
  const hudText = readText(hud);
  const stripped = hudText === null ? null : stripLegacyPatch(hudText);
  if (stripped !== null) {
    if (!opts.dryRun) {
      try {
        // Keep OMC's file mode (it is made executable).
        writeFileAtomic(hud, stripped, statSync(hud).mode & 0o777);
      } catch (err) {
        out.skipped.push(`${hud}: could not remove the old cc-aws-keepalive timer patch (${(err as NodeJS.ErrnoException).code ?? 'error'}) — delete the lines between the "cc-aws-keepalive:timer" markers by hand`);
        return out;
      }
    }
    out.done.push(`${hud}: removed the old cc-aws-keepalive timer patch`);
  }
  const wrapper = join(paths.claudeDir, 'hud', LEGACY_WRAPPER_NAME);
  const wrapperText = readText(wrapper);
  if (wrapperText !== null && isLegacyWrapper(wrapperText)) {
    if (opts.statusLineCommand?.includes(LEGACY_WRAPPER_NAME)) {
      out.skipped.push(`${wrapper}: kept, settings.json statusLine still runs it`);
    } else {
      if (!opts.dryRun) {
        try {
          unlinkSync(wrapper);
        } catch (err) {
          out.skipped.push(`${wrapper}: could not delete it (${(err as NodeJS.ErrnoException).code ?? 'error'}); it is unused, delete it by hand`);
          return out;
        }
      }
      out.done.push(`${wrapper}: deleted the old cc-aws-keepalive HUD wrapper (our status line appends the timer to OMC's HUD now)`);
    }
  }
  return out;
}

function readText(file: string): string | null {
  return readOwnText(file);
}
