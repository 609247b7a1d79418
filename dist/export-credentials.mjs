// cc-aws-keepalive export-credentials: kept for settings written by earlier versions; the code is in export-credentials.cjs.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
// The bundle knows itself as export-credentials.cjs (the CLI checks that it is the script being run).
process.argv[1] = fileURLToPath(new URL('./export-credentials.cjs', import.meta.url));
createRequire(import.meta.url)('./export-credentials.cjs');
