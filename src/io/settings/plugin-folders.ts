// The version folders Claude Code keeps in its plugin cache: which are live, and which an update replaced (Claude
// Code marks those with `.orphaned_at` and deletes them 14 days later). Stats only.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const ORPHAN_MARKER = '.orphaned_at';

/** An update replaced this folder: it must not wire or re-point anything. */
export const isOrphaned = (dir: string): boolean => existsSync(join(dir, ORPHAN_MARKER));

/** The folder holds our `dist/<script>` and no update has replaced it. */
export const isLiveVersion = (dir: string, script: string): boolean => existsSync(join(dir, 'dist', script)) && !isOrphaned(dir);

/** The other live version folders next to `root`. */
export function liveSiblings(root: string): string[] {
  try {
    const parent = dirname(root);
    return readdirSync(parent)
      .map((d) => join(parent, d))
      .filter((d) => d !== root && isLiveVersion(d, 'install.cjs'));
  } catch {
    return [];
  }
}
