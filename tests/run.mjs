// The one test command (`npm test`, also run by .ci/run): dist freshness, types, then every test file.
// Pass file paths or a directory (tests/unit) to run a subset.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  return r.status ?? 1;
};
const listTests = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'fixtures' || name === 'helpers' ? [] : listTests(p);
    return name.endsWith('.test.ts') ? [relative(root, p)] : [];
  });

const args = process.argv.slice(2);
const targets = args.length ? args.flatMap((a) => (statSync(join(root, a)).isDirectory() ? listTests(join(root, a)) : [a])) : listTests(join(root, 'tests'));

if (!args.length) {
  // Users get dist/ exactly as committed: a stale bundle is a shipped bug.
  if (run('node', ['build.mjs']) !== 0) process.exit(1);
  const diff = spawnSync('git', ['status', '--porcelain', '--', 'dist'], { cwd: root, encoding: 'utf8' });
  if (diff.status === 0 && diff.stdout.trim()) {
    console.error(`dist/ differs from a fresh build of src/ — run \`npm run build\` and commit dist/:\n${diff.stdout}`);
    process.exit(1);
  }
  if (run('npx', ['tsc', '--noEmit']) !== 0) process.exit(1);
}
// Two files at a time suit two cores; CI raises it for the integration runs, which mostly wait on child processes.
const concurrency = Number(process.env.CC_TEST_CONCURRENCY) || 2;
process.exit(run('node', ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...targets]));
