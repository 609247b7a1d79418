// The suite's own determinism: a detached process a test caused (a background login) must not outlive the test
// or race the deletion of its fake HOME (the ENOTEMPTY flake of issue #14).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { cleanHome, makeFakeHome } from '../../helpers/fake-home.ts';

test('cleanHome stops a detached writer still using the HOME, then deletes it', { skip: process.platform !== 'linux' && 'needs /proc' }, async () => {
  const h = makeFakeHome(null);
  // Keeps creating files in the HOME, as a background login recording its outcome would.
  const writer = `const fs=require('fs');let i=0;setInterval(()=>{fs.mkdirSync(process.env.HOME+'/d'+i,{recursive:true});fs.writeFileSync(process.env.HOME+'/d'+i+'/f','x');i++;},1);`;
  const child = spawn(process.execPath, ['-e', writer], { env: h.env, detached: true, stdio: 'ignore' });
  const exited = new Promise((r) => child.on('exit', r));
  for (const until = Date.now() + 5_000; readdirSync(h.home).length === 0 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 10));
  await cleanHome(h.home);
  assert.equal(existsSync(h.home), false);
  await exited; // the writer was stopped (it never exits by itself)
});
