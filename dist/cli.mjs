// cc-aws-keepalive cli: kept for settings written by earlier versions; the code is in cli.cjs.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
// The bundle knows itself as cli.cjs (the CLI checks that it is the script being run).
process.argv[1] = fileURLToPath(new URL('./cli.cjs', import.meta.url));
createRequire(import.meta.url)('./cli.cjs');
