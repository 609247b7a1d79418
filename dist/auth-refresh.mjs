// cc-aws-keepalive auth-refresh: kept for settings written by earlier versions; the code is in auth-refresh.cjs.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
// The bundle knows itself as auth-refresh.cjs (the CLI checks that it is the script being run).
process.argv[1] = fileURLToPath(new URL('./auth-refresh.cjs', import.meta.url));
createRequire(import.meta.url)('./auth-refresh.cjs');
