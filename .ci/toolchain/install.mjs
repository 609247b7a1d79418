// Root `npm ci` runs this as its postinstall. The repository root is the plugin folder, and Claude Code runs
// `npm ci --ignore-scripts` there at `claude plugin install`: so the root package.json and package-lock.json list no
// packages (that install finds nothing to fetch), and the toolchain is installed here instead, from this folder's
// own lockfile, then linked as the root node_modules so `node build.mjs`, tsx and the tests resolve it as usual.
// `--ignore-scripts` (what the client passes) skips this script. See docs/development.md.
import { execFileSync } from 'node:child_process';
import { lstatSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
// The npm that runs this postinstall (npm_execpath), with the caller's settings (npm_config_* in the environment).
const npm = process.env.npm_execpath;
if (npm) execFileSync(process.execPath, [npm, 'ci'], { cwd: here, stdio: 'inherit' });
else execFileSync('npm', ['ci'], { cwd: here, stdio: 'inherit', shell: process.platform === 'win32' });

const link = join(root, 'node_modules');
const exists = (() => {
  try {
    return lstatSync(link);
  } catch {
    return null;
  }
})();
// rmSync removes a link itself, never what it points to.
if (exists) rmSync(link, { recursive: true, force: true });
// A junction on Windows (no privilege needed); a relative link elsewhere, so the checkout can move.
if (process.platform === 'win32') symlinkSync(join(here, 'node_modules'), link, 'junction');
else symlinkSync(relative(root, join(here, 'node_modules')), link);
