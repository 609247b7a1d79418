// cc-aws-keepalive session-start: kept for settings written by earlier versions; the code is in session-start.cjs.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
// The bundle knows itself as session-start.cjs (the CLI checks that it is the script being run).
process.argv[1] = fileURLToPath(new URL('./session-start.cjs', import.meta.url));
createRequire(import.meta.url)('./session-start.cjs');
