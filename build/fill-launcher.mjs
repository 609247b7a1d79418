// Turns build/launcher.cjs into dist/<entry>.cjs: the file is the code, the build only fills in its one BUILD line
// (which bundle, its content hash, how the caller shows a reply). Also used by tests/unit/launcher/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

export const LAUNCHER = fileURLToPath(new URL('./launcher.cjs', import.meta.url));
const BUILD_LINE = /^var BUILD = \{.*\};$/gm;

// How each entry's caller shows the old-Node message (build/launcher.cjs's tooOld): hooks a systemMessage, the
// status line a short text, the credential commands and the CLI one stderr line and a failure.
const CHANNEL = { 'prompt-submit': 'hook', 'session-start': 'hook', statusline: 'status' };
export const channelOf = (entry) => CHANNEL[entry] ?? 'fail';

/**
 * dist/<entry>.cjs: the launcher with its BUILD line set (fails when the template has not exactly one), without
 * comments, indentation or long names: Node reads, scans and pre-parses it on every start (measured: about 1 M
 * instructions of a warm start, 1 %, for the commented source).
 */
export function fillLauncher(template, build) {
  const lines = template.match(BUILD_LINE) ?? [];
  if (lines.length !== 1) throw new Error(`${LAUNCHER}: expected one \`var BUILD = {…};\` line, found ${lines.length}`);
  const filled = template.replace(BUILD_LINE, () => `var BUILD = ${JSON.stringify(build)};`);
  const code = transformSync(filled, { loader: 'js', format: 'cjs', target: 'es5', minify: true, legalComments: 'none' }).code;
  return `// cc-aws-keepalive ${build.entry}: build/launcher.cjs, filled in by build.mjs; the code is in code/${build.entry}.cjs.\n${code}`;
}

/**
 * Throws unless `source` is ES5, so that a Node too old for the bundle still parses the launcher and says so:
 * esbuild prints ES5 code the same for an ES5 target as for the newest, and lowers (or refuses) anything newer.
 */
export function assertEs5(source, file = LAUNCHER) {
  const print = (target) => transformSync(source, { loader: 'js', format: 'cjs', target, minifyWhitespace: true, legalComments: 'none' }).code;
  let es5;
  try {
    es5 = print('es5');
  } catch (err) {
    throw new Error(`${file} is not ES5: ${err.errors?.[0]?.text ?? err.message}`);
  }
  if (es5 !== print('esnext')) throw new Error(`${file} is not ES5: esbuild had to rewrite it for an ES5 target`);
}

export const readLauncher = () => readFileSync(LAUNCHER, 'utf8');
