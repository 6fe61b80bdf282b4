/**
 * The SIM family: messages elsim itself issues where no real z/OS or ELS message exists —
 * leniencies (an informational note where a real system may be stricter), emulator limits and
 * system-directory problems. Ranges: SIM01xx JCL converter, SIM02xx JES runner and catalog,
 * SIM03xx SLUADMIN shell, SIM04xx CDS and utilities, SIM05xx CLI, system and demo.
 * Add entries in your range's section; keep ids sorted within it.
 */
import { catalogue } from './catalogue.js';

export const sim = catalogue({
  // ── SIM01xx: JCL converter ─────────────────────────────────────────────
  SIM0101I: {
    text: 'NO JOB STATEMENT - JOB {0} SUPPLIED FOR {1}',
    explain: 'The stream has no JOB card (like the examples in the ELS guides). elsim runs it as if it began with `//{0} JOB`. z/OS would reject the stream; run with --strict to get that behaviour.',
  },
  // ── SIM02xx: JES runner, catalog ──────────────────────────────────────
  // ── SIM03xx: SLUADMIN shell ──────────────────────────────────────────
  // ── SIM04xx: CDS and utilities ───────────────────────────────────────
  // ── SIM05xx: CLI, system directory, demo ─────────────────────────────
  SIM0501I: {
    text: 'NO SYSTEM IN {0} - THE DEMO TAPEPLEX WAS BUILT THERE',
    explain: 'A command that needs a system found none in the system directory, so it built the embedded demo tapeplex there first (`elsim init --demo`).',
  },
});

export type SimId = keyof typeof sim.defs;
