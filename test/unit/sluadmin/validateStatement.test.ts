import test from 'ava';
import { parseStatement } from '../../../src/sluadmin/parseStatement.js';
import { readStatements } from '../../../src/sluadmin/readStatements.js';
import type { ParamValue, SlsStatement, UtilitySchema } from '../../../src/sluadmin/types.js';
import { findParam, validateStatement } from '../../../src/sluadmin/validateStatement.js';
import { fakeUpdate } from './fakeUtilities.js';

/** The statement on cards of at most 72 columns, continued with ' -'. */
function cards(text: string): string[] {
  const out: string[] = [];
  let card = '';
  for (const word of text.split(' ')) {
    if (card.length + word.length + 3 > 72) {
      out.push(`${card} -`);
      card = '';
    }
    card += ` ${word}`;
  }
  return [...out, card];
}
function stmt(text: string): SlsStatement {
  const r = parseStatement(readStatements(cards(text), 'T').statements[0]!);
  if (!r.ok) throw new Error(`did not parse: ${text}`);
  return r.statement;
}
function values(schema: UtilitySchema, text: string): Record<string, ParamValue> {
  const v = validateStatement(stmt(text), schema);
  if (!v.ok) throw new Error(`refused: ${v.errors.map((e) => `${e.id} ${e.text}`).join('; ')}`);
  return Object.fromEntries(v.statement.values);
}
function errors(schema: UtilitySchema, text: string): string[] {
  const v = validateStatement(stmt(text), schema);
  if (v.ok) throw new Error(`accepted: ${text}`);
  return v.errors.map((e) => `${e.id} ${e.text}`);
}

const S = fakeUpdate.schema;

test('minimum abbreviations: VOLser accepts VOL … VOLSER, shorter is a parameter error', (t) => {
  for (const kw of ['VOL', 'VOLS', 'VOLSE', 'VOLSER']) t.truthy(values(S, `FAKEUPD ${kw}(A00000)`)['VOLSER'], kw);
  t.deepEqual(errors(S, 'FAKEUPD VO(A00000)'), [
    'SLS0005I Parameter error on VO for FAKEUPD command',
    'SLS0002I Keyword VOLSER must have a value for FAKEUPD command',
    'SIM0316I VOLSER - REQUIRED',
  ]);
  t.deepEqual(errors(S, 'FAKEUPD VOLSERS(A00000)').slice(0, 1), ['SLS0005I Parameter error on VOLSERS for FAKEUPD command']);
});

test('aliases are accepted; an exact spelling wins over an abbreviation', (t) => {
  t.truthy(values(S, 'FAKEUPD VOLUME(A00000)')['VOLSER']);
  t.is(values(S, 'FAKEUPD VOL(A00000) MGMT(PAY)')['MGMTCLAS'], 'PAY');
  const schema: UtilitySchema = { verb: 'X', title: '', cds: 'none', params: [{ name: 'MIGpol', type: 'flag' }, { name: 'MIG', type: 'flag' }] };
  t.is((findParam(schema, 'MIG') as { name: string }).name, 'MIG');
  t.is((findParam(schema, 'MIGP') as { name: string }).name, 'MIGpol');
});

test('two parameters answering one abbreviation are ambiguous', (t) => {
  const schema: UtilitySchema = { verb: 'X', title: '', cds: 'none', params: [{ name: 'STORclas', type: 'flag' }, { name: 'STORmngr', type: 'flag' }] };
  t.is(findParam(schema, 'STOR'), 'ambiguous');
  t.deepEqual(errors(schema, 'X STOR'), ['SLS0005I Parameter error on STOR for X command', 'SIM0316I STOR - AMBIGUOUS ABBREVIATION']);
});

test('flags take no value (SLS0003I); keywords that need one must have it (SLS0002I)', (t) => {
  t.true(values(S, 'FAKEUPD VOL(A00000) NOUPD')['NOUPDATE']);
  t.deepEqual(errors(S, 'FAKEUPD VOL(A00000) NOUPD(YES)'), ['SLS0003I No value allowed for keyword NOUPDATE on FAKEUPD command']);
  t.deepEqual(errors(S, 'FAKEUPD VOL(A00000) NOUPD=YES'), ['SLS0003I No value allowed for keyword NOUPDATE on FAKEUPD command']);
  t.deepEqual(errors(S, 'FAKEUPD VOL(A00000) MGMT'), ['SLS0002I Keyword MGMTCLAS must have a value for FAKEUPD command']);
  t.deepEqual(errors(S, 'FAKEUPD VOL()'), ['SLS0002I Keyword VOLSER must have a value for FAKEUPD command']);
  t.deepEqual(errors(S, 'FAKEUPD VOL(A00000) COUNT='), ['SLS0002I Keyword COUNT must have a value for FAKEUPD command']);
});

test('int: digits within min..max; both forms KEYWORD(v) and KEYWORD=v', (t) => {
  t.is(values(S, 'FAKEUPD VOL(A00000) COUNT(99)')['COUNT'], 99);
  t.is(values(S, 'FAKEUPD VOL(A00000) COUNT=7')['COUNT'], 7);
  t.deepEqual(errors(S, 'FAKEUPD VOL(A00000) COUNT(100)'), [
    'SLS0002I Keyword COUNT must have a value for FAKEUPD command',
    'SIM0316I VALUE 100 OF COUNT - HIGHER THAN 99',
  ]);
  t.deepEqual(errors(S, 'FAKEUPD VOL(A00000) COUNT(0)')[1], 'SIM0316I VALUE 0 OF COUNT - LOWER THAN 1');
  t.deepEqual(errors(S, 'FAKEUPD VOL(A00000) COUNT(X1)')[1], 'SIM0316I VALUE X1 OF COUNT - NOT A NUMBER');
  t.deepEqual(errors(S, 'FAKEUPD VOL(A00000) COUNT(1,2)')[1], 'SIM0316I COUNT - ONLY ONE VALUE ALLOWED');
});

test('defaults apply when the parameter is absent', (t) => {
  t.is(values(S, 'FAKEUPD VOL(A00000)')['COUNT'], 1);
  t.false('NOUPDATE' in values(S, 'FAKEUPD VOL(A00000)'));
});

test('enum: values by their own minimum abbreviation, returned in full', (t) => {
  t.is(values(S, 'FAKEUPD VOL(A00000) MODE(ALL)')['MODE'], 'ALLMOUNT');
  t.is(values(S, 'FAKEUPD VOL(A00000) MODE(FAST)')['MODE'], 'FAST');
  t.deepEqual(errors(S, 'FAKEUPD VOL(A00000) MODE(AL)')[1], 'SIM0316I VALUE AL OF MODE - NOT ONE OF FAST, SLOW, ALLMOUNT');
});

test('volList: volsers and ranges become VolRanges, never lists of volsers', (t) => {
  const v = values(S, 'FAKEUPD VOL(A00000-A00099,B00001,AB0100-AB0199)')['VOLSER'];
  t.deepEqual(v, [
    { prefix: 'A', lo: 0, hi: 99, width: 5, suffix: '', text: 'A00000-A00099' },
    { prefix: 'B', lo: 1, hi: 1, width: 5, suffix: '', text: 'B00001' },
    { prefix: 'AB', lo: 100, hi: 199, width: 4, suffix: '', text: 'AB0100-AB0199' },
  ]);
});

test('volList: bad ranges and too many items are SLS0002I with the reason', (t) => {
  t.deepEqual(errors(S, 'FAKEUPD VOL(A00099-A00000)'), [
    'SLS0002I Keyword VOLSER must have a value for FAKEUPD command',
    'SIM0316I VALUE A00099-A00000 OF VOLSER - A00099 IS HIGHER THAN A00000',
  ]);
  t.is(errors(S, 'FAKEUPD VOL(A00000-B00099)')[1], 'SIM0316I VALUE A00000-B00099 OF VOLSER - A00000 AND B00099 DIFFER OUTSIDE THEIR NUMERIC PART');
  t.is(errors(S, 'FAKEUPD VOL(A0000-A00099)')[1], 'SIM0316I VALUE A0000-A00099 OF VOLSER - A0000 AND A00099 DIFFER IN LENGTH');
  t.is(errors(S, 'FAKEUPD VOL(A000000)')[1], 'SIM0316I VALUE A000000 OF VOLSER - A000000 IS NOT A VOLSER');
  t.is(errors(S, 'FAKEUPD VOL((A,B))')[1], 'SIM0316I VALUE (A,B) OF VOLSER - A LIST IS NOT ALLOWED HERE');
  t.is(errors(S, 'FAKEUPD VOL(A,B,C,D,E,F)')[1], 'SIM0316I VOLSER - AT MOST 5 VALUES ALLOWED, 6 CODED');
});

test('name and string: lengths, characters, quotes keep their case', (t) => {
  t.is(values(S, 'FAKEUPD VOL(A) MGMT(PAY_1)')['MGMTCLAS'], 'PAY_1');
  t.is(errors(S, 'FAKEUPD VOL(A) MGMT(LONGERTHAN8)')[1], 'SIM0316I VALUE LONGERTHAN8 OF MGMTCLAS - LONGER THAN 8 CHARACTERS');
  t.is(errors(S, "FAKEUPD VOL(A) MGMT('A B')")[1], 'SIM0316I VALUE A B OF MGMTCLAS - NOT A NAME');
  t.is(values(S, "FAKEUPD VOL(A) DESC('DR Vault')")['DESC'], 'DR Vault');
  t.is(values(S, 'FAKEUPD VOL(A) DESC(PLAIN)')['DESC'], 'PLAIN');
});

test('hex, ddname, dsn, nameList, volser types', (t) => {
  const schema: UtilitySchema = {
    verb: 'T',
    title: '',
    cds: 'none',
    params: [
      { name: 'DEVNO', type: 'hex', min: 4, max: 4 },
      { name: 'MANIFEST', type: 'ddname' },
      { name: 'DSN', type: 'dsn' },
      { name: 'HOST', type: 'nameList', maxItems: 2 },
      { name: 'MVC', type: 'volser' },
    ],
  };
  t.deepEqual(values(schema, 'T DEVNO(1A0F) MANIFEST(MOVE1) DSN(HLQ.PARMS(MGMT)) HOST(MVS1,MVS2) MVC(N25980)'), {
    DEVNO: '1A0F',
    MANIFEST: 'MOVE1',
    DSN: 'HLQ.PARMS(MGMT)',
    HOST: ['MVS1', 'MVS2'],
    MVC: 'N25980',
  });
  t.is(values(schema, 'T DSN(hsc.parms)')['DSN'], 'HSC.PARMS');
  t.is(errors(schema, 'T DEVNO(1I00)')[1], 'SIM0316I VALUE 1I00 OF DEVNO - NOT HEXADECIMAL');
  t.is(errors(schema, 'T DEVNO(1A0)')[1], 'SIM0316I VALUE 1A0 OF DEVNO - SHORTER THAN 4 CHARACTERS');
  t.is(errors(schema, 'T MANIFEST(1MOVE)')[1], 'SIM0316I VALUE 1MOVE OF MANIFEST - NOT A DD NAME');
  t.is(errors(schema, 'T DSN(HLQ..X)')[1], 'SIM0316I VALUE HLQ..X OF DSN - NOT A DATA SET NAME');
  t.is(errors(schema, 'T DSN(TOOLONGQUALIFIER.X)')[1], 'SIM0316I VALUE TOOLONGQUALIFIER.X OF DSN - NOT A DATA SET NAME');
  t.is(errors(schema, 'T HOST(A,B,C)')[1], 'SIM0316I HOST - AT MOST 2 VALUES ALLOWED, 3 CODED');
  t.is(errors(schema, 'T MVC(A00000-A00001)')[1], 'SIM0316I VALUE A00000-A00001 OF MVC - NOT A VOLSER');
});

test('mutually exclusive parameters: SLS0004I names both', (t) => {
  t.deepEqual(errors(S, 'FAKEUPD VOL(A00000) MGMT(PAY) STOR(OFF1)'), ['SLS0004I MGMTCLAS mutually exclusive with STORCLAS for FAKEUPD command']);
});

test('oneOf: none coded is SLS0002I naming the group; two coded is SLS0004I', (t) => {
  const schema: UtilitySchema = {
    verb: 'EXPort',
    title: '',
    cds: 'none',
    params: [{ name: 'VTVid', aliases: ['VTV'], type: 'volList' }, { name: 'MGMTclas', aliases: ['MGMT'], type: 'nameList' }, { name: 'MANIFEST', type: 'ddname', default: 'MANIFEST' }],
    oneOf: [['VTVid', 'MGMTclas']],
  };
  t.deepEqual(errors(schema, 'EXPORT MANIFEST(M1)'), ['SLS0002I Keyword VTVID|MGMTCLAS must have a value for EXPORT command', 'SIM0316I VTVID|MGMTCLAS - ONE OF THESE MUST BE CODED']);
  t.deepEqual(errors(schema, 'EXPORT VTV(A00000) MGMT(PAY)'), ['SLS0004I VTVID mutually exclusive with MGMTCLAS for EXPORT command']);
  t.deepEqual(values(schema, 'EXPORT MGMT(PAY,ACCOUNT)'), { MGMTCLAS: ['PAY', 'ACCOUNT'], MANIFEST: 'MANIFEST' });
});

test('a parameter coded twice is refused', (t) => {
  t.deepEqual(errors(S, 'FAKEUPD VOL(A00000) VOLSER(B00000)'), ['SLS0005I Parameter error on VOLSER for FAKEUPD command', 'SIM0316I VOLSER - CODED MORE THAN ONCE']);
});

test('all errors of a statement are reported, each with its card position', (t) => {
  const v = validateStatement(stmt('FAKEUPD BOGUS COUNT(500) MGMT(A) STOR(B)'), S);
  t.false(v.ok);
  if (v.ok) return;
  t.deepEqual(
    v.errors.map((e) => e.id),
    ['SLS0005I', 'SLS0002I', 'SIM0316I', 'SLS0004I', 'SLS0002I', 'SIM0316I'],
  );
  t.is(v.errors[0]!.card!.column, 10);
});

test('two-word verbs (SET VOLPARM): the option is consumed; with a value it is a parameter', (t) => {
  const setVolparm: UtilitySchema = { verb: 'SET VOLPARM', title: '', cds: 'none', params: [{ name: 'APPLY', type: 'enum', values: ['YES', 'NO'], default: 'YES' }] };
  t.deepEqual(values(setVolparm, 'SET VOLPARM APPLY(NO)'), { APPLY: 'NO' });
  t.deepEqual(values(setVolparm, 'SET VOLPARM'), { APPLY: 'YES' });
  const setHost: UtilitySchema = { verb: 'SET HOSTID', title: '', cds: 'none', params: [{ name: 'HOSTID', type: 'name', required: true }, { name: 'FORHOST', type: 'name' }] };
  t.deepEqual(values(setHost, 'SET HOSTID(HSC2) FORHOST(HSCB)'), { HOSTID: 'HSC2', FORHOST: 'HSCB' });
  t.deepEqual(errors(setVolparm, 'SET VAULT'), ['SLS0005I Parameter error on VAULT for SET VOLPARM command']);
});

test('the validated statement carries schema, statement, values and an empty deck', (t) => {
  const s = stmt('FAKEUPD VOL(A00000)');
  const v = validateStatement(s, S);
  t.true(v.ok);
  if (!v.ok) return;
  t.is(v.statement.schema, S);
  t.is(v.statement.statement, s);
  t.deepEqual(v.statement.deck, []);
});
