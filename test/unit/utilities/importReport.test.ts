// IMPORT's VTV line built from the raw row is the line formatRow makes from the columns.
import test from 'ava';
import { VTV_COLUMNS, vtvRowLine, type VtvReportRow } from '../../../src/utilities/import/report.js';
import { dateTime, formatRow } from '../../../src/utilities/reportColumns.js';

const rows: VtvReportRow[] = [
  ['V00001', 'PAY', 1200, 54, '2026-06-01T07:00:00Z', 2, 2, 'IMPORTED', 'M00001 M00002', null],
  ['V00002', null, 0, 0, null, 1, 1, 'REPLACED', 'M00003', null],
  ['V00003', 'LONGMGMT', 123456, 100, '2026-06-01T07:00:00Z', 0, 2, 'NOT IMPORTED', null, 'ITS VOLSER IS IN NO VTV POOL OF THIS CDS'],
  ['V4', 'X', 5, 5, '2026-06-01T07:00:00Z', 3, 4, 'NOT IMPORTED', 'M1 M2 M3', 'REASON'],
  ['V00005', 'M', 1, 1, '2026-06-01T07:00:00Z', 4, 4, 'IMPORTED', 'M00001 M00002 M00003 M00004 M00005', null],
];

for (const r of rows) {
  test(`vtvRowLine ${r[0]}`, (t) => {
    const rejected = r[7] === 'NOT IMPORTED';
    const expected = formatRow(VTV_COLUMNS, [r[0], r[1], r[2], r[3], dateTime(r[4]), `${rejected ? 0 : r[5]}/${r[6]}`, rejected ? '' : r[8], r[7]]);
    t.is(vtvRowLine(r), expected);
  });
}
