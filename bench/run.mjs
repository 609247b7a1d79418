// `npm run bench`: how much each hot entry adds to a bare Node start, on every Node major users run. Claude Code
// starts the prompt hook before every prompt, the status line on every repaint and the export on each credential
// refresh, so the ratio to `node -e 0` on the same Node is what users pay.
// - Nodes: this machine's, plus 18, 20, 22 and 24 from `.ci/node` (cached official builds); BENCH_NODES=20,22 picks.
// - Every round runs every command on every Node (interleaved), so machine load hits all alike; medians of
//   BENCH_RUNS rounds (default 40). A round's sample is BENCH_BATCH (default 5) starts in a row, timed together by
//   bash's `time` (which counts 1 ms steps) and divided: cpu = user + sys of the processes, wall = their lifetime.
// `npm run bench -- --instructions` counts executed instructions under valgrind instead: slow (seconds per run),
// but the same on a busy machine as on an idle one, so ratios from shared CI boxes can be compared.
// - The launchers keep V8's compiled code in our state dir (build/launcher.cjs): "cache warm" rows are every later start,
//   "cache off" rows (NODE_DISABLE_COMPILE_CACHE) a first start after an install or upgrade.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const instructions = process.argv.includes('--instructions');
const runs = Number(process.env.BENCH_RUNS ?? (instructions ? 3 : 40));
const batch = Number(process.env.BENCH_BATCH ?? 5);
const HOT = ['prompt-submit', 'statusline', 'export-credentials'];
const dist = (name) => join(root, 'dist', `${name}.cjs`);
for (const e of HOT) {
  if (!existsSync(dist(e))) {
    console.error(`bench: ${dist(e)} is missing — run \`npm run build\` first`);
    process.exit(1);
  }
}

// The Nodes to compare: ours first, then each wanted major that is not the same version.
const nodes = [{ bin: process.execPath, version: process.version }];
for (const major of (process.env.BENCH_NODES ?? '18,20,22,24').split(',').map((s) => s.trim()).filter(Boolean)) {
  const r = spawnSync(join(root, '.ci', 'node'), [major], { encoding: 'utf8', timeout: 300_000 });
  const bin = r.stdout?.trim();
  if (r.status !== 0 || !bin) {
    console.error(`bench: no Node ${major} (${(r.stderr ?? '').trim().split('\n').pop() || r.error?.message}); skipped`);
    continue;
  }
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (!nodes.some((n) => n.version === version)) nodes.push({ bin, version });
}
const configs = nodes.flatMap((n) => [{ ...n, label: `${n.version} cache off`, cache: false }, { ...n, label: `${n.version} cache warm`, cache: true }]);

// A realistic, healthy setup: keys with an expiry 4 h away, a config file, the payloads Claude Code sends.
const home = mkdtempSync(join(tmpdir(), 'cckbench-'));
const inputFile = (name, text) => {
  const f = join(home, `${name}.stdin`);
  writeFileSync(f, text);
  return f;
};
const expires = new Date(Date.now() + 4 * 3600_000).toISOString();
mkdirSync(join(home, '.aws'), { recursive: true });
writeFileSync(
  join(home, '.aws', 'credentials'),
  `[work]\naws_access_key_id = ASIA-BENCH-EXAMPLE\naws_secret_access_key = benchsecret\naws_session_token = benchtoken\nx_security_token_expires = ${expires}\n`,
);
mkdirSync(join(home, '.config', 'cc-aws-keepalive'), { recursive: true });
writeFileSync(join(home, '.config', 'cc-aws-keepalive', 'config.json'), JSON.stringify({ profile: 'work', loginCmd: 'saml2aws login' }));
const fixture = (name, fallback) => {
  const p = join(root, 'tests', 'fixtures', 'payloads', name);
  return existsSync(p) ? readFileSync(p, 'utf8') : fallback;
};
const hookInput = fixture('user-prompt-submit.json', JSON.stringify({ hook_event_name: 'UserPromptSubmit', prompt: 'hi' }));
const statusInput = fixture('statusline.json', JSON.stringify({ session_id: 'bench' }));
const baseEnv = { HOME: home, PATH: process.env.PATH, CLAUDE_CODE_USE_BEDROCK: '1', NO_COLOR: '1', LANG: 'C.UTF-8' };

const commands = [
  { name: 'node -e 0', args: ['-e', '0'], input: '' },
  { name: 'prompt-submit', args: [dist('prompt-submit')], input: hookInput },
  { name: 'statusline', args: [dist('statusline')], input: statusInput },
  { name: 'export-credentials', args: [dist('export-credentials')], input: '' },
].map((c) => ({ ...c, file: inputFile(c.name.replace(/\W+/g, '-'), c.input) }));

// bash's `time` reads the children's rusage: their own cpu, not ours or bash's. Their stderr stays on fd 3. Their
// stdout is a file opened once (fd 4), as Claude Code's pipe is not a terminal (/dev/null is one: the export would
// print its redacted summary for a person instead of the JSON), without a truncate per start.
const TIMED =
  'n=$1; in=$2; out=$3; shift 3; TIMEFORMAT="%3R %3U %3S"; exec 3>&2 4>"$out"; ' +
  '{ time { i=0; while [ $i -lt $n ]; do "$@" <"$in" >&4 2>&3 || exit $?; i=$((i+1)); done; }; } 2>&1; echo "$?"';
const once = (cfg, c) => {
  const env = cfg.cache ? baseEnv : { ...baseEnv, NODE_DISABLE_COMPILE_CACHE: '1' };
  if (instructions) {
    const out = join(home, 'callgrind.out');
    const r = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, cfg.bin, ...c.args], { env, input: c.input, encoding: 'utf8', timeout: 300_000 });
    const ir = /Collected : (\d+)/.exec(r.stderr ?? '');
    if (r.error || !ir) throw new Error(`valgrind did not run ${c.name}: ${r.error?.message ?? r.stderr.trim().split('\n').pop()} — install valgrind or drop --instructions`);
    // V8 picks its string-hash seed at random and searches for primes from it (HashSeed::InitializeRoots, newer
    // Nodes): 5–20 M instructions that vary from run to run and say nothing about our code. Left out, the counts
    // repeat to within 0.1 %.
    const a = spawnSync('callgrind_annotate', ['--inclusive=yes', out], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const seed = /^\s*([\d,]+) .*HashSeed::InitializeRoots/m.exec(a.stdout ?? '');
    rmSync(out, { force: true });
    return { instr: (Number(ir[1]) - (seed ? Number(seed[1].replace(/,/g, '')) : 0)) / 1e6 };
  }
  const r = spawnSync('bash', ['-c', TIMED, 'bench', String(batch), c.file, join(home, 'stdout'), cfg.bin, ...c.args], { env, encoding: 'utf8', timeout: 60_000 });
  const [times, code] = (r.stdout ?? '').trim().split('\n');
  const [wall, user, sys] = (times ?? '').split(' ').map(Number);
  if (code !== '0' || !Number.isFinite(wall)) throw new Error(`${c.name} on ${cfg.label} failed (${code ?? r.error?.message}): ${(r.stderr ?? '').trim().split('\n')[0]}`);
  return { wall: (wall * 1000) / batch, cpu: ((user + sys) * 1000) / batch };
};

const samples = configs.map(() => commands.map(() => []));
try {
  // Warm the file cache and fill the code cache ("cache warm" rows); no valgrind needed for that.
  configs.forEach((cfg) => commands.forEach((c) => spawnSync(cfg.bin, c.args, { env: cfg.cache ? baseEnv : { ...baseEnv, NODE_DISABLE_COMPILE_CACHE: '1' }, input: c.input, timeout: 60_000 })));
  for (let i = 0; i < runs; i++) configs.forEach((cfg, k) => commands.forEach((c, j) => samples[k][j].push(once(cfg, c))));
} finally {
  rmSync(home, { recursive: true, force: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const metrics = instructions ? [['instr', 'M instr']] : [['cpu', 'ms'], ['wall', 'ms']];
console.log(
  `${runs} interleaved rounds${instructions ? '' : ` of ${batch} starts`}, medians per start; ${instructions ? 'instructions executed (valgrind)' : 'cpu = user+sys of the process, wall = its lifetime'}; ratio = to \`node -e 0\` on the same Node\n`,
);
const header = ['Node', 'command', ...metrics.flatMap(([m]) => [m, 'ratio'])];
const rows = [];
configs.forEach((cfg, k) => {
  const base = Object.fromEntries(metrics.map(([m]) => [m, median(samples[k][0].map((s) => s[m]))]));
  commands.forEach((c, j) => {
    const cells = metrics.flatMap(([m, unit]) => {
      const v = median(samples[k][j].map((s) => s[m]));
      return [`${v.toFixed(instructions ? 0 : 2)} ${unit}`, `${(v / base[m]).toFixed(2)}×`];
    });
    rows.push([cfg.label, c.name, ...cells]);
  });
});
// A Markdown table: docs/performance.md's startup-cost table is pasted from this.
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
