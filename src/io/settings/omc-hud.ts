// Removes what the product we replace left in oh-my-claudecode's HUD folder (`<claude dir>/hud/`): the timer patch
// inside omc-hud.mjs and the aws-hud-wrapper.mjs file. Used by setup after settings.json no longer points at the
// wrapper. Touches nothing that does not carry the old product's markers; returns the steps taken (worded in core).
import { statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { LEGACY_WRAPPER_NAME, isLegacyWrapper, stripLegacyPatch, type OmcStep } from '../../core/settings/omc-legacy.ts';
import { writeFileAtomic } from '../system/atomic-write.ts';
import type { Paths } from '../system/paths.ts';
import { readOwnText } from '../system/safe-read.ts';

export function cleanupOmcLegacy(
  paths: Pick<Paths, 'claudeDir'>,
  opts: {
    /** The statusLine command settings.json holds now; the wrapper is kept while it still runs it. */
    statusLineCommand: string | null;
    dryRun?: boolean;
  },
): OmcStep[] {
  const out: OmcStep[] = [];
  const hud = join(paths.claudeDir, 'hud', 'omc-hud.mjs');
  const hudText = readText(hud);
  const stripped = hudText === null ? null : stripLegacyPatch(hudText);
  if (stripped !== null) {
    if (!opts.dryRun) {
      try {
        // Keep OMC's file mode (it is made executable).
        writeFileAtomic(hud, stripped, statSync(hud).mode & 0o777);
      } catch (err) {
        out.push({ file: hud, step: 'patch-stuck', code: (err as NodeJS.ErrnoException).code ?? 'error' });
        return out;
      }
    }
    out.push({ file: hud, step: 'patch-removed' });
  }
  const wrapper = join(paths.claudeDir, 'hud', LEGACY_WRAPPER_NAME);
  const wrapperText = readText(wrapper);
  if (wrapperText !== null && isLegacyWrapper(wrapperText)) {
    if (opts.statusLineCommand?.includes(LEGACY_WRAPPER_NAME)) {
      out.push({ file: wrapper, step: 'wrapper-kept' });
    } else {
      if (!opts.dryRun) {
        try {
          unlinkSync(wrapper);
        } catch (err) {
          out.push({ file: wrapper, step: 'wrapper-stuck', code: (err as NodeJS.ErrnoException).code ?? 'error' });
          return out;
        }
      }
      out.push({ file: wrapper, step: 'wrapper-deleted' });
    }
  }
  return out;
}

function readText(file: string): string | null {
  return readOwnText(file);
}
