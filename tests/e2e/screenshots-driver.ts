// `npm run screenshots`: the README's pictures, taken from the real Claude Code in the e2e sandbox (fake Bedrock,
// throwaway HOME, tmux), never drawn by hand. The screen is captured with its colours (tmux capture-pane -e),
// turned into HTML by ansi-to-html and wrapped in an SVG (docs/images/*.svg), so GitHub shows it as an image.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Convert from 'ansi-to-html';
import { withSandbox, type Tui } from './harness.ts';

const OUT = new URL('../../docs/images/', import.meta.url).pathname;
const COLS = 100;

/** The captured screen as an SVG: the terminal's lines in a monospace block on a dark background. */
export function screenToSvg(ansi: string, title: string, from: RegExp): string {
  const plain = (l: string) => l.replace(/\x1b\[[0-9;:]*m/g, '');
  const lines = ansi.replace(/\s+$/, '').split('\n');
  // From the prompt the picture is about to the status line; blank rows the TUI pads with are dropped.
  const start = Math.max(0, lines.findIndex((l) => from.test(plain(l))));
  const kept = lines.slice(start).filter((l) => plain(l).trim() !== '');
  const html = new Convert({ fg: '#d4d4d4', bg: '#1e1e1e', escapeXML: true, newline: true }).toHtml(kept.join('\n'));
  const width = Math.ceil(COLS * 8.45) + 32;
  const height = kept.length * 18 + 32;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<rect width="100%" height="100%" rx="8" fill="#1e1e1e"/>`,
    `<foreignObject x="16" y="16" width="${width - 32}" height="${height - 32}">`,
    `<div xmlns="http://www.w3.org/1999/xhtml" style="font: 14px/18px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: #d4d4d4; white-space: pre;">${html}</div>`,
    '</foreignObject>',
    '</svg>',
    '',
  ].join('\n');
}

function save(tui: Tui, name: string, title: string, from: RegExp): void {
  const file = join(OUT, name);
  writeFileSync(file, screenToSvg(tui.screenAnsi(), title, from));
  process.stdout.write(`wrote ${file}\n`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  // A session with 12 minutes left: the warning shows before the prompt, the countdown is yellow.
  const expires = new Date(Date.now() + 12 * 60_000 + 30_000);
  await withSandbox(
    null,
    { scenario: 'screenshots', credentials: { akid: 'AKIDSCREENSHOTAAAAAA', expires }, config: { profile: 'work', loginCmd: 'saml2aws login --profile work' } },
    async (sb) => {
      const plugin = await sb.installPlugin();
      sb.run(process.execPath, [join(plugin.cacheDir, 'dist', 'install.cjs'), '--statusline']);
      const tui = await sb.startTui({ width: COLS, height: 40, env: { COLORTERM: 'truecolor' }, ready: /AWS: \d+m/ });
      await tui.ask('Summarise this repository in one line.', 60_000);
      save(tui, 'warning.svg', 'Claude Code on Bedrock with cc-aws-keepalive: the warning before the prompt and the countdown in the status line', /^❯ Summarise/);
      await tui.submit('/aws-keepalive status');
      await tui.waitForText(/awsAuthRefresh +this version ✓/, 20_000, 'the status');
      save(tui, 'status.svg', '/aws-keepalive status in Claude Code', /UserPromptSubmit operation blocked by hook/);
    },
  );
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`npm run screenshots: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
