// cc-aws-keepalive statusline: kept for settings written by earlier versions; the code is in statusline.cjs.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
// The bundle knows itself as statusline.cjs (the CLI checks that it is the script being run).
process.argv[1] = fileURLToPath(new URL('./statusline.cjs', import.meta.url));
createRequire(import.meta.url)('./statusline.cjs');
