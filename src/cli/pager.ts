/**
 * Long output on a terminal goes through the user's pager: $PAGER, else `less` (with LESS=FRX
 * unless LESS is set: quit at the end of a short text, keep colours, leave the text on the
 * screen). Without a pager that can be started the text is written as it is.
 */
import { spawn } from 'node:child_process';

export function pageText(text: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const command = env['PAGER'] === undefined ? 'less' : env['PAGER'].trim();
  const direct = (): void => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  if (command === '' || command === 'cat') {
    direct();
    return Promise.resolve();
  }
  return new Promise((done) => {
    let started = true;
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { ...env, LESS: env['LESS'] ?? 'FRX' } });
    child.on('error', () => {
      started = false;
      direct();
      done();
    });
    child.stdin.on('error', () => undefined); // the user quit the pager before the end
    child.on('close', (code) => {
      // A shell that could not find the pager exits 127: show the text all the same.
      if (started && code === 127) direct();
      done();
    });
    child.stdin.end(text.endsWith('\n') ? text : `${text}\n`);
  });
}
