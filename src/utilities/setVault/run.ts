/**
 * SET VAULT ADD / MODIFY / DELETE: the vault records (vault). Rules: a vault needs the VAULTVOL
 * area; the slots of all vaults together fit in it (DR guide, chapter 3); ADD needs SLOTS and a
 * new name, MODIFY an existing vault and something to change, and may not cut off a slot in use;
 * a vault that holds volumes cannot be deleted. Any refusal leaves the CDS unchanged (code 8).
 */
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { flag, has, int, text } from '../paramValues.js';
import { vaultLines } from '../vaultLines.js';
import { setVaultSchema } from './schema.js';

interface Vault {
  name: string;
  slots: number;
  description: string | null;
}

export function runSetVault(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const cds = ctx.cds;
  const db = cds.db;
  const report = ctx.report;
  const v = stmt.values;
  const action = flag(v, 'ADD') ? 'ADD' : flag(v, 'MODIFY') ? 'MODIFY' : 'DELETE';
  const name = text(v, 'NAME') ?? '';
  const slots = int(v, 'SLOTS');
  const raw = v.get('DESC');
  const desc = typeof raw === 'string' ? raw : undefined;
  const refuse = (id: Parameters<typeof report.message>[0], ...inserts: (string | number)[]): UtilityOutcome => {
    report.message(id, ...inserts);
    return { rc: 8, rollback: true };
  };

  const vault = db.prepare('SELECT name, slots, description FROM vault WHERE name = ?').get(name) as Vault | undefined;
  const area = db.prepare('SELECT capacity FROM vaultvol_area WHERE id = 1').pluck().get() as number | undefined;
  const otherSlots = db.prepare('SELECT coalesce(sum(slots), 0) FROM vault WHERE name <> ?').pluck().get(name) as number;

  switch (action) {
    case 'ADD': {
      if (slots === undefined) return refuse('SIM0679E', 'ADD', 'SLOTS(nnnn)');
      if (vault) return refuse('SIM0673E', name);
      if (area === undefined) return refuse('SIM0672E');
      if (otherSlots + slots > area) return refuse('SIM0675E', otherSlots + slots, area);
      db.prepare('INSERT INTO vault (name, seq, description, slots) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM vault), ?, ?)').run(name, desc ?? null, slots);
      report.message('SIM0678I', name, `ADDED WITH ${slots} SLOTS`);
      break;
    }
    case 'MODIFY': {
      if (slots === undefined && desc === undefined) return refuse('SIM0679E', 'MODIFY', 'SLOTS(nnnn) OR DESC(text)');
      if (!vault) return refuse('SIM0674E', name);
      if (slots !== undefined) {
        if (area !== undefined && otherSlots + slots > area) return refuse('SIM0675E', otherSlots + slots, area);
        const highest = db.prepare('SELECT max(slot) FROM vault_volume WHERE vault = ?').pluck().get(name) as number | null;
        if (highest !== null && highest > slots) return refuse('SIM0677E', name, highest, slots);
      }
      db.prepare('UPDATE vault SET slots = coalesce(?, slots), description = coalesce(?, description) WHERE name = ?').run(slots ?? null, desc ?? null, name);
      report.message('SIM0678I', name, 'MODIFIED');
      break;
    }
    case 'DELETE': {
      if (has(v, 'SLOTS') || has(v, 'DESC')) return refuse('SIM0679E', 'DELETE', 'NAME(vault) ONLY');
      if (!vault) return refuse('SIM0674E', name);
      const volumes = db.prepare('SELECT count(*) FROM vault_volume WHERE vault = ?').pluck().get(name) as number;
      if (volumes > 0) return refuse('SIM0676E', name, volumes);
      db.prepare('DELETE FROM vault WHERE name = ?').run(name);
      report.message('SIM0678I', name, 'DELETED');
      break;
    }
  }
  report.line();
  for (const l of vaultLines(db)) report.line(l);
  return { rc: 0 };
}

/** SET VAULT for the SLUADMIN registry: its parameters as data and its run. */
export const setVaultUtility: CdsUtility = { schema: setVaultSchema, run: runSetVault };
