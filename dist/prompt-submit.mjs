// cc-aws-keepalive prompt-submit: kept for settings written by earlier versions; the code is in prompt-submit.cjs.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
// The bundle knows itself as prompt-submit.cjs (the CLI checks that it is the script being run).
process.argv[1] = fileURLToPath(new URL('./prompt-submit.cjs', import.meta.url));
createRequire(import.meta.url)('./prompt-submit.cjs');
