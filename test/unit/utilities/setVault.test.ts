import test from 'ava';
import { dumpCds } from '../../../src/cds/dumpCds.js';
import type { Cds } from '../../../src/cds/Cds.js';
import type { Utility } from '../../../src/sluadmin/types.js';
import { runSetVault } from '../../../src/utilities/setVault/run.js';
import { setVaultSchema } from '../../../src/utilities/setVault/schema.js';
import { runSetVaultvol } from '../../../src/utilities/setVaultvol/run.js';
import { setVaultvolSchema } from '../../../src/utilities/setVaultvol/schema.js';
import { behavesLikeUtility } from '../../behaviours/behavesLikeUtility.js';
import { runSlsin } from '../../behaviours/sluadminHarness.js';
import { tempCds, type TempCds } from '../../helpers/tempCds.js';

const setVault: Utility = { schema: setVaultSchema, run: runSetVault };
const setVaultvol: Utility = { schema: setVaultvolSchema, run: runSetVaultvol };
const withArea = (cds: Cds): void => void cds.db.exec("INSERT INTO vaultvol_area (id, capacity, formatted) VALUES (1, 1000, '2024-01-01T00:00:00Z')");

behavesLikeUtility(test, 'SET VAULTVOL', { valid: 'SET VAULTVOL NBRVOLS(40000)' });
behavesLikeUtility(test, 'SET VAULT', { valid: "SET VAULT ADD NAME(DRVLT1) SLOTS(100) DESC('DR Vault')", prepareCds: withArea });

/** Through the SLUADMIN shell (it reads quoted DESC text as a real parser does), on the test's CDS. */
function run(tc: TempCds, u: Utility, statement: string): { rc: number; text: string } {
  const r = runSlsin({ registry: [u], slsin: [` ${statement}`], slscntl: tc.path, parm: 'MIXED' });
  return { rc: r.rc, text: r.lines.join('\n') };
}

const vaults = (tc: TempCds): unknown[] => tc.cds.db.prepare('SELECT name, slots, description FROM vault ORDER BY seq').all();

/** A refused statement: code 8, the message, every CDS table as before. */
function refused(t: import('ava').ExecutionContext, tc: TempCds, u: Utility, statement: string, message: RegExp): void {
  const before = dumpCds(tc.cds);
  const r = run(tc, u, statement);
  t.is(r.rc, 8, r.text);
  t.regex(r.text, message);
  t.deepEqual(dumpCds(tc.cds), before, `the CDS changed on: ${statement}`);
}

test('the guide\'s chapter 3 deck: VAULTVOL, then three vaults within it; VAULTVOL only once', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  t.is(run(tc, setVaultvol, 'SET VAULTVOL NBRVOLS(40000)').rc, 0);
  t.is(tc.cds.db.prepare('SELECT capacity FROM vaultvol_area').pluck().get(), 40000);
  for (const s of ["SET VAULT ADD NAME(DRVLT1) SLOTS(10000) DESC('DR Vault')", "SET VAULT ADD NAME(LTRVLT1) SLOTS(20000) DESC('LTR Vault')", "SET VAULT ADD NAME(FLOOR) SLOTS(500) DESC('Floor Vault')"]) {
    t.is(run(tc, setVault, s).rc, 0, s);
  }
  t.deepEqual(vaults(tc), [
    { name: 'DRVLT1', slots: 10000, description: 'DR Vault' },
    { name: 'LTRVLT1', slots: 20000, description: 'LTR Vault' },
    { name: 'FLOOR', slots: 500, description: 'Floor Vault' },
  ]);
  refused(t, tc, setVaultvol, 'SET VAULTVOL NBRVOLS(50000)', /^SIM0670E THE VAULTVOL AREA IS ALREADY DEFINED FOR 40000 VOLUMES/m);
  refused(t, tc, setVault, 'SET VAULT ADD NAME(FLOOR) SLOTS(5)', /^SIM0673E VAULT FLOOR IS ALREADY DEFINED$/m);
});

test('slots of all vaults must fit in VAULTVOL, on ADD and on MODIFY', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  withArea(tc.cds);
  t.is(run(tc, setVault, 'SET VAULT ADD NAME(A) SLOTS(600)').rc, 0);
  refused(t, tc, setVault, 'SET VAULT ADD NAME(B) SLOTS(401)', /^SIM0675E THE VAULTS WOULD HAVE 1001 SLOTS - THE VAULTVOL AREA HOLDS 1000 VOLUMES$/m);
  t.is(run(tc, setVault, 'SET VAULT ADD NAME(B) SLOTS(400)').rc, 0);
  refused(t, tc, setVault, 'SET VAULT MODIFY NAME(A) SLOTS(601)', /SIM0675E THE VAULTS WOULD HAVE 1001 SLOTS/);
  const m = run(tc, setVault, "SET VAULT MODIFY NAME(A) SLOTS(500) DESC('Smaller')");
  t.is(m.rc, 0, m.text);
  t.deepEqual(vaults(tc)[0], { name: 'A', slots: 500, description: 'Smaller' });
  t.regex(m.text, /^TOTAL: 2 VAULTS, 900 SLOTS, 0 VAULTED VOLUMES; VAULTVOL AREA 1000 VOLUMES \(100 NOT GIVEN TO A VAULT\)$/m);
});

test('a vault without VAULTVOL, without SLOTS, or unknown is refused', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  refused(t, tc, setVault, 'SET VAULT ADD NAME(A) SLOTS(10)', /^SIM0672E NO VAULTVOL AREA/m);
  withArea(tc.cds);
  refused(t, tc, setVault, "SET VAULT ADD NAME(A) DESC('x')", /^SIM0679E SET VAULT ADD NEEDS SLOTS\(nnnn\)$/m);
  refused(t, tc, setVault, 'SET VAULT MODIFY NAME(NOPE) SLOTS(10)', /^SIM0674E VAULT NOPE IS NOT DEFINED$/m);
  refused(t, tc, setVault, 'SET VAULT MODIFY NAME(NOPE)', /^SIM0679E SET VAULT MODIFY NEEDS SLOTS\(nnnn\) OR DESC\(text\)$/m);
  refused(t, tc, setVault, 'SET VAULT DELETE NAME(NOPE)', /^SIM0674E VAULT NOPE IS NOT DEFINED$/m);
});

test('a vault that holds volumes cannot be deleted nor shrunk below a slot in use; an empty one can be deleted', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  withArea(tc.cds);
  t.is(run(tc, setVault, 'SET VAULT ADD NAME(DRVLT) SLOTS(100)').rc, 0);
  t.is(run(tc, setVault, 'SET VAULT ADD NAME(EMPTY) SLOTS(100)').rc, 0);
  tc.cds.db.exec("INSERT INTO vault_volume (volser, vault, slot, assigned) VALUES ('M00001', 'DRVLT', 42, '2024-01-01T00:00:00Z')");
  refused(t, tc, setVault, 'SET VAULT DELETE NAME(DRVLT)', /^SIM0676E VAULT DRVLT HOLDS 1 VOLUMES - IT CANNOT BE DELETED$/m);
  refused(t, tc, setVault, 'SET VAULT MODIFY NAME(DRVLT) SLOTS(41)', /^SIM0677E VAULT DRVLT HAS A VOLUME IN SLOT 42 - SLOTS\(41\) WOULD LEAVE IT OUTSIDE THE VAULT$/m);
  t.is(run(tc, setVault, 'SET VAULT MODIFY NAME(DRVLT) SLOTS(42)').rc, 0);
  const d = run(tc, setVault, 'SET VAULT DELETE NAME(EMPTY)');
  t.is(d.rc, 0, d.text);
  t.deepEqual(vaults(tc), [{ name: 'DRVLT', slots: 42, description: null }]);
});
