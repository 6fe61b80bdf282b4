// Runs the ava suite with its TAP reporter and closes with the plain line CI reads:
// "N passed, N failed" (", N skipped" when any were skipped). Exit code is ava's.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const args = ['ava', '--tap', ...process.argv.slice(2)];
const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, FORCE_COLOR: '0' } });
let passed = 0, failed = 0, skipped = 0;
const rl = createInterface({ input: child.stdout });
rl.on('line', (line) => {
  process.stdout.write(line + '\n');
  if (/^not ok \d+/.test(line)) failed++;
  else if (/^ok \d+ .*# SKIP/.test(line)) skipped++;
  else if (/^ok \d+/.test(line)) passed++;
});
child.on('close', (code) => {
  const total = passed + failed + skipped;
  if (code !== 0 && failed === 0) failed = 1; // ava itself failed (no test files, crash): never report green
  process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  process.exit(code !== 0 ? (code ?? 1) : total === 0 ? 1 : 0);
});
