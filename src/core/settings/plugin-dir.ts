// What a plugin directory path tells us: is it Claude Code's versioned plugin cache, and which version. Pure.

export interface CacheDir {
  marketplace: string;
  plugin: string;
  /** The version directory's name: the plugin version, a 12-character commit SHA, or `unknown`. */
  version: string;
}

/** `<config>/plugins/cache/<marketplace>/<plugin>/<version>` (Claude Code's layout), else null. */
export function parseCacheDir(root: string): CacheDir | null {
  const m = /[\\/]plugins[\\/]cache[\\/]([^\\/]+)[\\/]([^\\/]+)[\\/]([^\\/]+)[\\/]?$/.exec(root);
  return m ? { marketplace: m[1]!, plugin: m[2]!, version: m[3]! } : null;
}

/** Orders two version directory names when both are semver; null when either is a SHA or `unknown`. */
export function compareVersions(a: string, b: string): number | null {
  const parse = (v: string) => /^v?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/.exec(v);
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return null;
  for (let i = 1; i <= 3; i++) {
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return Math.sign(d);
  }
  // A pre-release sorts before its release (1.0.0-rc.1 < 1.0.0); two pre-releases compare as text.
  if (!x[4] !== !y[4]) return x[4] ? -1 : 1;
  return x[4] && y[4] ? Math.sign(x[4].localeCompare(y[4])) : 0;
}
