/**
 * How `elsim init` replaces a system without ever leaving none or half of one: the new system is
 * built in a sibling directory, then swapped in by renames, each step a name the next open
 * recognises:
 *
 *   PARENT/.NAME.elsim-new.<pid>.<start>     being built (incomplete until renamed)
 *   PARENT/.NAME.elsim-ready.<pid>.<start>   built and complete, waiting for the swap
 *   PARENT/.NAME.elsim-old.<pid>.<start>     the old system moved aside for the swap
 *
 * (<start>: the process's start time, so that a reused pid is not taken for the init's.)
 *
 * A kill at any moment leaves either the old system in place or the new one. The next command
 * that looks for a system at PARENT/NAME (System.exists) settles what a dead init left: an old
 * system moved aside comes back (the init did not complete), a complete new one takes the name
 * only when there was no old one, and the rest is removed. Siblings of a live process are left
 * alone: that init is still running.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processGone, processTag } from '../core/processOwner.js';

export type SwapStage = 'new' | 'ready' | 'old';

/** The sibling of `root` for a stage of this process's init. */
export function swapSibling(root: string, stage: SwapStage): string {
  return join(dirname(root), `.${basename(root)}.elsim-${stage}.${processTag()}`);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Siblings a dead init left for `root`, by stage. */
function deadSiblings(root: string): { stage: SwapStage; path: string }[] {
  const parent = dirname(root);
  const re = new RegExp(`^\\.${escape(basename(root))}\\.elsim-(new|ready|old)\\.(\\d+)\\.(\\d+)$`);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  const out: { stage: SwapStage; path: string }[] = [];
  for (const n of names) {
    const m = re.exec(n);
    if (!m) continue;
    if (processGone(Number(m[2]), Number(m[3]))) out.push({ stage: m[1] as SwapStage, path: join(parent, n) });
  }
  return out;
}

/** Whether `dir` holds a system database (the test System.exists makes). */
export function hasSystemDb(dir: string, systemDb: string): boolean {
  return existsSync(join(dir, systemDb));
}

/**
 * Settles what a killed init left beside `root` (see the file comment). Returns what it did, for
 * the caller to say; never throws (a sibling that cannot be moved is left for the next time).
 */
export function settleInitSwap(root: string, systemDb: string): string[] {
  const dead = deadSiblings(root);
  if (dead.length === 0) return [];
  const done: string[] = [];
  try {
    if (!hasSystemDb(root, systemDb)) {
      const old = dead.find((d) => d.stage === 'old' && hasSystemDb(d.path, systemDb));
      const ready = dead.find((d) => d.stage === 'ready' && hasSystemDb(d.path, systemDb));
      // The old system comes back; a complete new one is kept only where there was none.
      const back = old ?? ready;
      if (back && (!existsSync(root) || readdirSync(root).length === 0)) {
        renameSync(back.path, root);
        done.push(`${basename(back.path)} -> ${basename(root)}`);
      }
    }
    for (const d of dead) {
      if (!existsSync(d.path)) continue;
      rmSync(d.path, { recursive: true, force: true });
      done.push(`removed ${basename(d.path)}`);
    }
  } catch {
    // left for the next command
  }
  return done;
}
