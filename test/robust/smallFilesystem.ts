/**
 * A small file system the test makes itself: a tmpfs of a given size mounted on a temporary
 * directory (needs the right to mount: root, or CAP_SYS_ADMIN). Where the machine forbids it the
 * tests that need one are skipped, and their titles say why.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecutionContext } from 'ava';

function run(cmd: string, args: string[]): void {
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Why small file systems cannot be made here, or undefined when they can. */
export const noSmallFs: string | undefined = (() => {
  if (process.platform !== 'linux') return `${process.platform} has no tmpfs mounts`;
  const dir = mkdtempSync(join(tmpdir(), 'elsim-fs-probe-'));
  try {
    run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
    run('umount', [dir]);
    return undefined;
  } catch (e) {
    return `mounting a tmpfs is not allowed here (${String((e as { stderr?: Buffer }).stderr ?? e).trim().split('\n')[0]})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();

/** A tmpfs of `sizeKb` KB for this test (unmounted and removed when it ends). */
export function mountTmpfs(t: ExecutionContext, sizeKb: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-smallfs-'));
  run('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  t.teardown(() => {
    try {
      run('umount', ['-l', dir]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return dir;
}

/** A copy of the system `from` on a fresh tmpfs, as `<mount>/system`. */
export function systemOnTmpfs(t: ExecutionContext, from: string, sizeKb = 8192): { mount: string; sys: string } {
  const mount = mountTmpfs(t, sizeKb);
  const sys = join(mount, 'system');
  cpSync(from, sys, { recursive: true });
  return { mount, sys };
}

export function freeKb(dir: string): number {
  const s = statfsSync(dir);
  return Math.floor((s.bavail * s.bsize) / 1024);
}

/** Fills the file system of `mount` until `kb` KB are left free (a file `fill` in it). */
export function leaveFree(mount: string, kb: number): void {
  const file = join(mount, 'fill');
  rmSync(file, { force: true });
  const fill = freeKb(mount) - kb;
  if (fill > 0) writeFileSync(file, Buffer.alloc(fill * 1024));
}

/** Gives the space back. */
export function unfill(mount: string): void {
  rmSync(join(mount, 'fill'), { force: true });
}

export function remountReadOnly(mount: string, readonly: boolean): void {
  run('mount', ['-o', `remount,${readonly ? 'ro' : 'rw'}`, mount]);
}
