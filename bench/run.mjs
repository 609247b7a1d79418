// `npm run bench`: how much each hot entry adds to a bare Node start. Claude Code starts the prompt hook before
// every prompt and the status line on every repaint, so the ratio to `node -e 0` is what users pay.
// Runs are interleaved (one of each command per round) so machine load hits all commands alike; medians are shown.
// `npm run bench -- --instructions` counts executed instructions under valgrind instead: slow (seconds per run),
// but the same on a busy machine as on an idle one, so ratios from shared CI boxes can be compared.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const instructions = process.argv.includes('--instructions');
const runs = Number(process.env.BENCH_RUNS ?? (instructions ? 3 : 40));
const dist = (name) => join(root, 'dist', `${name}.mjs`);
for (const e of ['prompt-submit', 'statusline', 'export-credentials']) {
  if (!existsSync(dist(e))) {
    console.error(`bench: ${dist(e)} is missing — run \`npm run build\` first`);
    process.exit(1);
  }
}

// A realistic, healthy setup: keys with an expiry 4 h away, a config file, the payloads Claude Code sends.
const home = mkdtempSync(join(tmpdir(), 'cckbench-'));
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
const env = { HOME: home, PATH: process.env.PATH, CLAUDE_CODE_USE_BEDROCK: '1', NO_COLOR: '1', LANG: 'C.UTF-8' };

const commands = [
  { name: 'node -e 0 (baseline)', args: ['-e', '0'], input: '' },
  { name: 'prompt-submit', args: [dist('prompt-submit')], input: hookInput },
  { name: 'statusline', args: [dist('statusline')], input: statusInput },
  { name: 'export-credentials', args: [dist('export-credentials')], input: '' },
];

const times = commands.map(() => []);
const once = (c) => {
  if (instructions) {
    const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...c.args], { env, input: c.input, encoding: 'utf8', timeout: 300_000 });
    const ir = /Collected : (\d+)/.exec(r.stderr ?? '');
    if (r.error || !ir) throw new Error(`valgrind did not run ${c.name}: ${r.error?.message ?? r.stderr.trim().split('\n').pop()} — install valgrind or drop --instructions`);
    return Number(ir[1]) / 1e6;
  }
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, c.args, { env, input: c.input, encoding: 'utf8', timeout: 10_000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${c.name} exited with ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
  return ms;
};
try {
  if (!instructions) for (const c of commands) once(c); // warm the file cache
  for (let i = 0; i < runs; i++) commands.forEach((c, j) => times[j].push(once(c)));
} finally {
  rmSync(home, { recursive: true, force: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const base = median(times[0]);
const unit = instructions ? 'M instr' : 'ms';
console.log(`node ${process.version}, ${runs} interleaved runs each, median ${instructions ? 'instructions executed' : 'wall time'} per start\n`);
console.log(`${'command'.padEnd(24)}${'median'.padStart(14)}${'ratio'.padStart(8)}`);
commands.forEach((c, j) => {
  const m = median(times[j]);
  console.log(`${c.name.padEnd(24)}${`${m.toFixed(1)} ${unit}`.padStart(14)}${`${(m / base).toFixed(2)}x`.padStart(8)}`);
});
