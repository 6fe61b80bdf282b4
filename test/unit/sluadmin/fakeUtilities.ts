/**
 * Utilities that exist only in tests, to drive the shell: they write to a table of their own so
 * that commits and rollbacks show in the CDS.
 */
import { rangesCondition } from '../../../src/cds/volserRange.js';
import type { BareUtility, CdsUtility, Utility } from '../../../src/sluadmin/types.js';

const LOG = 'CREATE TABLE IF NOT EXISTS fake_log (seq INTEGER PRIMARY KEY, verb TEXT, detail TEXT)';

/** FAKEupd: logs its values; RC(n) sets its code, FAIL throws, UNDO asks for a rollback. */
export const fakeUpdate: CdsUtility = {
  schema: {
    verb: 'FAKEupd',
    aliases: ['FAKEUPDATE'],
    title: 'Fake Update',
    cds: 'active',
    params: [
      { name: 'VOLser', aliases: ['VOLUME'], type: 'volList', required: true, maxItems: 5 },
      { name: 'MGMTclas', aliases: ['MGMT'], type: 'name', max: 8 },
      { name: 'STORclas', aliases: ['STOR'], type: 'name', max: 8 },
      { name: 'COUNT', type: 'int', min: 1, max: 99, default: 1 },
      { name: 'MODE', type: 'enum', values: ['FAST', 'SLOW', 'ALLmount'] },
      { name: 'NOUPDate', type: 'flag' },
      { name: 'RC', type: 'int', min: 0, max: 16 },
      { name: 'FAIL', type: 'flag' },
      { name: 'UNDO', type: 'flag' },
      { name: 'DESC', type: 'string', max: 20 },
    ],
    exclusive: [['MGMTclas', 'STORclas']],
  },
  run(ctx, stmt) {
    const db = ctx.cds.db;
    db.exec(LOG);
    const detail = [...stmt.values.entries()].map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
    db.prepare('INSERT INTO fake_log (verb, detail) VALUES (?, ?)').run('FAKEUPD', detail);
    ctx.report.line(`FAKE ${detail}`);
    if (stmt.values.get('FAIL')) throw new Error('fake failure');
    ctx.report.message('SIM0316I', 'FAKE', 'DONE');
    return { rc: (stmt.values.get('RC') as number | undefined) ?? 0, rollback: stmt.values.get('UNDO') === true };
  },
};

/** FAKERpt: read-only; counts the log and tries to write (the write must not survive). */
export const fakeReport: CdsUtility = {
  schema: {
    verb: 'FAKERpt',
    title: 'Fake Report',
    cds: 'active',
    readOnly: true,
    params: [{ name: 'ALL', type: 'flag' }],
  },
  run(ctx) {
    const db = ctx.cds.db;
    db.exec(LOG);
    const n = (db.prepare('SELECT count(*) AS n FROM fake_log').get() as { n: number }).n;
    db.prepare('INSERT INTO fake_log (verb, detail) VALUES (?, ?)').run('FAKERPT', 'should vanish');
    ctx.report.headings(['COUNT']);
    ctx.report.line(String(n));
    return { rc: 0 };
  },
};

/** FAKECFG: a deck utility with ALPHA and BETA statements. */
export const fakeConfig: CdsUtility = {
  schema: {
    verb: 'FAKECFG',
    title: 'Fake Configuration',
    cds: 'slscntl',
    params: [{ name: 'RESET', type: 'flag' }],
    deck: [
      { verb: 'ALPHA', title: '', cds: 'slscntl', params: [{ name: 'NAME', type: 'name', required: true }, { name: 'LOW', type: 'int', min: 0, max: 99 }] },
      { verb: 'BETa', title: '', cds: 'slscntl', params: [{ name: 'DEVNO', type: 'hex', min: 4, max: 4 }, { name: 'CHANIF', type: 'name' }] },
    ],
  },
  run(ctx, stmt) {
    const db = ctx.cds.db;
    db.exec(LOG);
    for (const s of stmt.deck) {
      db.prepare('INSERT INTO fake_log (verb, detail) VALUES (?, ?)').run(s.schema.verb.toUpperCase(), s.statement.text);
      ctx.report.line(`DECK ${s.statement.text}`);
    }
    return { rc: 0 };
  },
};

/** SET FAKEOPT: an option of SET. */
export const fakeSetOption: CdsUtility = {
  schema: {
    verb: 'SET FAKEopt',
    title: 'Set Fake Option',
    cds: 'active',
    params: [{ name: 'LEVEL', type: 'int', min: 0, max: 9, required: true }],
  },
  run(ctx, stmt) {
    ctx.report.line(`LEVEL ${String(stmt.values.get('LEVEL'))}`);
    return { rc: 0 };
  },
};

/** FAKENOCDS: opens no CDS, needs the subsystem. */
export const fakeNoCds: BareUtility = {
  schema: { verb: 'FAKENOCDS', title: 'Fake Without CDS', cds: 'none', needsHsc: true, params: [{ name: 'ECHO', type: 'string' }] },
  run(ctx, stmt) {
    ctx.report.line(`ECHO ${String(stmt.values.get('ECHO') ?? '')}`);
    return { rc: 'cds' in ctx ? 12 : 0 };
  },
};

/** FAKEDEL: deletes the logged rows whose detail names a volser range, set-based (rangesCondition). */
export const fakeDelete: CdsUtility = {
  schema: { verb: 'FAKEDEL', title: 'Fake Delete', cds: 'active', params: [{ name: 'VOLser', type: 'volList', required: true }] },
  run(ctx, stmt) {
    const db = ctx.cds.db;
    db.exec('CREATE TABLE IF NOT EXISTS fake_vol (volser TEXT PRIMARY KEY)');
    const where = rangesCondition('volser', stmt.values.get('VOLSER') as never);
    const n = db.prepare(`DELETE FROM fake_vol WHERE ${where.sql}`).run(...where.params).changes;
    ctx.report.line(`DELETED ${n}`);
    return { rc: 0 };
  },
};

export const fakeRegistry: Utility[] = [fakeUpdate, fakeReport, fakeConfig, fakeSetOption, fakeNoCds, fakeDelete];
