/**
 * `elsim mvc move`: carries MVCs from one system to another, as an operator ejects cartridges at
 * one site and enters them at the other. On the source: each MVC leaves the hardware (src/sim) with
 * its contents, and the CDS HSC has active records the eject (ejected, outside the library). On the
 * target: the hardware gets the MVCs, contents and all, in the ACS named; the target CDS is not
 * touched — it learns of them through IMPORT (a manifest) or AUDIT MVC, as a real site does.
 * Everything is checked before anything moves: the volsers must be MVCs physically in the source,
 * its HSC must be active, and during an active DR test MVCs of the DR site cannot be ejected.
 *
 * A move touches three databases (source hardware, source CDS, target hardware), so it is made
 * recoverable by intent records (hw_move_in, hw_move_out), in this order:
 *   0. the target records the move as coming in (hw_move_in);                     kill point move.intent
 *   1. the source, in ONE transaction, records the move going out with everything it carries
 *      (each MVC, its contents, its CDS values before the eject) and removes the MVCs;  move.ejected
 *   2. the source CDS records the eject (the same values again if done twice);        move.cds
 *   3. the target, in ONE transaction, enters the MVCs and deletes its hw_move_in;    move.entered
 *   4. the source deletes its hw_move_out.
 * A kill anywhere leaves an intent that any later command opening either system finishes
 * (finishPendingMoves): with the source's outgoing intent the move is completed from step 2 on;
 * without it (step 1 never committed) the target's announcement is dropped; a target that is gone
 * or no longer expects the move makes the source undo it (the MVCs and their CDS records back as
 * they were). No cartridge is ever in neither system, or in both.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Cds } from '../cds/Cds.js';
import { readDrtestState } from '../cds/drtestState.js';
import { parseRangeText, rangeCondition } from '../cds/volserRange.js';
import { ElsimError, UsageError } from '../core/errors.js';
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { System } from '../jes/System.js';
import { openSystem } from './openSystem.js';
import { killPoint } from '../core/killPoint.js';
import type { Hardware } from '../sim/Hardware.js';
import { HARDWARE_DB } from '../sim/hardwareDb.js';
import { isoOf } from '../sim/isoOf.js';
import type { MovedMvc, MoveOut } from '../sim/types.js';
import { resolveNow } from './resolveNow.js';

export interface MoveOptions {
  /** Source system directory. */
  dir: string;
  /** Target system directory. */
  to: string;
  /** Volsers or ranges (AO1000-AO1004). */
  volsers: string[];
  /** ACS of the target the cartridges are entered into (default: its first ACS). */
  acs?: string;
  now?: string;
}

export function moveMvcs(opts: MoveOptions, io: Io): number {
  const src = openSystem(opts.dir, io);
  let dst: System | undefined;
  try {
    dst = openSystem(opts.to, io);
    if (src.root === dst.root) throw new UsageError('--to names the source system itself');
    finishPendingMoves(src, io);
    finishPendingMoves(dst, io);
    const now = resolveNow(opts.now, src, io);
    const srcHw = src.hardware();
    const dstHw = dst.hardware();
    const srcDsn = src.activeCds();
    if (srcDsn === undefined) throw new ElsimError(sim.text('SIM0741E', src.root), 'SIM0741E');
    const srcPath = src.datasetPath(srcDsn);
    if (srcPath === undefined) throw new ElsimError(sim.text('SIM0507E', srcDsn), 'SIM0507E');

    // The volsers, ranges expanded against the MVCs physically in the source.
    const volsers: string[] = [];
    for (const text of opts.volsers) {
      const r = parseRangeText(text.toUpperCase());
      if ('error' in r) throw new UsageError(`${text}: ${r.error}`);
      const c = rangeCondition('volser', r);
      const found = srcHw.db.prepare(`SELECT volser FROM hw_mvc WHERE ${c.sql} ORDER BY volser`).pluck().all(...c.params) as string[];
      if (found.length === 0) throw new ElsimError(sim.text('SIM0740E', text.toUpperCase(), src.root), 'SIM0740E');
      for (const v of found) volsers.push(v);
    }
    const acs = (opts.acs ?? targetAcs(dst) ?? '00').toUpperCase();
    const before = new Map<string, MovedMvc['cds']>();
    const cds = Cds.open(srcPath);
    try {
      const dr = readDrtestState(cds.db);
      if (dr.state === 'ACTIVE' && !dr.isTestCds()) {
        const blocked = volsers.filter((v) => {
          const m = srcHw.mvc(v)!;
          return dr.isDrAcs(m.acs) || dr.isDrStormngr(m.stormngr);
        });
        if (blocked.length > 0) throw new ElsimError(sim.text('SIM0743E', blocked.join(' ')), 'SIM0743E');
      }
      const row = cds.db.prepare('SELECT ejected, location, updated FROM mvc WHERE volser = ?');
      for (const v of volsers) before.set(v, row.get(v) as MovedMvc['cds']);
    } finally {
      cds.close();
    }

    const at = isoOf(now);
    const id = randomUUID();
    dstHw.recordMoveIn({ id, source: src.root, volsers, at });
    killPoint('move.intent');
    const out = srcHw.transaction((): MoveOut => {
      const payload: MovedMvc[] = volsers.map((v) => {
        const moved = srcHw.ejectMvc(v)!;
        const was = before.get(v);
        return was === undefined ? moved : { ...moved, cds: was };
      });
      const intent: MoveOut = { id, target: dst!.root, acs, at, cdsDsn: srcDsn, payload };
      srcHw.recordMoveOut(intent);
      return intent;
    });
    killPoint('move.ejected');
    completeMove(src, out, dstHw);
    for (const p of out.payload) {
      io.out(sim.line('SIM0742I', p.mvc.volser, p.contents.length, src.root, p.mvc.stormngr ? `VLE ${p.mvc.stormngr}` : `ACS ${acs}`, dst.root));
    }
    return volsers.length;
  } finally {
    src.close();
    dst?.close();
  }
}

/** Steps 2-4 of a move whose source has given the MVCs up (see the file comment). */
function completeMove(src: System, out: MoveOut, dstHw: Hardware): void {
  recordEject(src, out, 'eject');
  killPoint('move.cds');
  dstHw.transaction(() => {
    for (const p of out.payload) dstHw.enterFrom(p, p.mvc.stormngr ? null : out.acs, out.at);
    dstHw.deleteMoveIn(out.id);
  });
  killPoint('move.entered');
  src.hardware().deleteMoveOut(out.id);
}

/** The eject in the source CDS (or, to undo, the values before it), set the same however often it is done. */
function recordEject(src: System, out: MoveOut, how: 'eject' | 'undo'): void {
  const path = out.cdsDsn === null ? undefined : src.datasetPath(out.cdsDsn);
  if (path === undefined) return;
  const cds = Cds.open(path);
  try {
    cds.immediate(() => {
      const eject = cds.db.prepare("UPDATE mvc SET ejected = 1, location = 'OUTSIDE', updated = ? WHERE volser = ?");
      const restore = cds.db.prepare('UPDATE mvc SET ejected = ?, location = ?, updated = ? WHERE volser = ?');
      for (const p of out.payload) {
        if (p.cds === undefined) continue;
        if (how === 'eject') eject.run(out.at, p.mvc.volser);
        else restore.run(p.cds.ejected, p.cds.location, p.cds.updated, p.mvc.volser);
      }
    });
  } finally {
    cds.close();
  }
}

/** Puts the MVCs of an outgoing move back into the source, as they were, and closes the intent. */
function undoMove(src: System, out: MoveOut): void {
  recordEject(src, out, 'undo');
  const hw = src.hardware();
  hw.transaction(() => {
    for (const p of out.payload) hw.enterFrom(p, p.mvc.acs, p.mvc.entered ?? out.at);
    hw.deleteMoveOut(out.id);
  });
}

/** Whether `system` has a hardware.db of its own or shared (a system without one has no moves). */
function hasHardware(system: System): boolean {
  return existsSync(join(system.sharedHardware() ?? system.root, HARDWARE_DB));
}

/** Opens another system for a move's recovery; undefined when it is gone or unusable. */
function openPartner(dir: string): System | undefined {
  try {
    const s = System.open(dir);
    try {
      s.hardware();
      return s;
    } catch {
      s.close();
      return undefined;
    }
  } catch {
    return undefined;
  }
}

/**
 * Finishes or undoes every move a killed `elsim mvc move` left half done on `system`, as the
 * source or as the target (see the file comment). Called by the commands that use the hardware.
 */
export function finishPendingMoves(system: System, io: Io): void {
  if (!hasHardware(system)) return;
  const hw = system.hardware();
  if (!hw.hasPendingMoves()) return;
  for (const out of hw.moveOuts()) {
    const dst = openPartner(out.target);
    try {
      const dstHw = dst?.hardware();
      const volsers = out.payload.map((p) => p.mvc.volser);
      if (dstHw !== undefined && dstHw.hasMoveIn(out.id)) {
        completeMove(system, out, dstHw);
        io.err(sim.line('SIM1540I', volsers.join(' '), system.root, out.target, 'FINISHED'));
      } else if (dstHw !== undefined && volsers.every((v) => dstHw.mvc(v) !== undefined)) {
        // The target has them (step 3 done): only the source's own steps were left.
        recordEject(system, out, 'eject');
        hw.deleteMoveOut(out.id);
        io.err(sim.line('SIM1540I', volsers.join(' '), system.root, out.target, 'FINISHED'));
      } else {
        undoMove(system, out);
        io.err(sim.line('SIM1541I', volsers.join(' '), system.root, out.target, dst === undefined ? 'THE TARGET SYSTEM IS GONE' : 'THE TARGET NO LONGER EXPECTS THEM'));
      }
    } finally {
      dst?.close();
    }
  }
  for (const inc of hw.moveIns()) {
    const source = openPartner(inc.source);
    try {
      const out = source?.hardware().moveOuts().find((o) => o.id === inc.id);
      if (source !== undefined && out !== undefined) {
        completeMove(source, out, hw);
        io.err(sim.line('SIM1540I', inc.volsers.join(' '), inc.source, system.root, 'FINISHED'));
      } else {
        // The source never gave them up (or is gone): nothing is coming.
        hw.deleteMoveIn(inc.id);
        io.err(sim.line('SIM1541I', inc.volsers.join(' '), inc.source, system.root, source === undefined ? 'THE SOURCE SYSTEM IS GONE' : 'THE SOURCE NEVER GAVE THEM UP'));
      }
    } finally {
      source?.close();
    }
  }
}

/** The first ACS of the target's configured CDS, if it can be read. */
function targetAcs(system: System): string | undefined {
  const dsn = system.configuredCds();
  const path = dsn === undefined ? undefined : system.datasetPath(dsn);
  if (path === undefined) return undefined;
  const cds = Cds.open(path, { readonly: true });
  try {
    return (cds.db.prepare('SELECT acs_id FROM acs ORDER BY acs_id LIMIT 1').pluck().get() as string | undefined) ?? undefined;
  } finally {
    cds.close();
  }
}
