/**
 * The data set attributes a DD statement codes: DCB=(RECFM=…,LRECL=…,BLKSIZE=…,DSORG=…) or the
 * same keywords on their own, SPACE directory blocks and DSNTYPE (which make a new data set a
 * PDS). elsim records RECFM/LRECL in the catalog; it does not enforce them.
 */
import type { JclKeyword, JclValue } from '../jcl/types.js';

export interface DdAttrs {
  recfm?: string;
  lrecl?: number;
  blksize?: number;
  dsorg?: string;
  /** SPACE=(u,(p,s,d)) coded with directory blocks, or DSNTYPE=PDS/LIBRARY: a new data set is partitioned. */
  partitioned?: boolean;
}

function flat(v: JclValue): string[] {
  return typeof v === 'string' ? [v] : v.flatMap(flat);
}

function setAttr(a: DdAttrs, key: string, value: string): void {
  const v = value.replace(/^'(.*)'$/, '$1');
  if (v === '') return;
  switch (key) {
    case 'RECFM':
      a.recfm = v;
      break;
    case 'LRECL': {
      const n = Number(v);
      if (Number.isInteger(n)) a.lrecl = n;
      break;
    }
    case 'BLKSIZE':
    case 'BLKSZLIM': {
      const n = Number(v);
      if (key === 'BLKSIZE' && Number.isInteger(n)) a.blksize = n;
      break;
    }
    case 'DSORG':
      a.dsorg = v;
      if (v === 'PO' || v === 'POU') a.partitioned = true;
      break;
    case 'DSNTYPE':
      if (['PDS', 'LIBRARY', 'PDSE'].includes(v)) a.partitioned = true;
      break;
  }
}

export function ddAttrs(keywords: readonly JclKeyword[]): DdAttrs {
  const a: DdAttrs = {};
  for (const k of keywords) {
    const key = k.key.toUpperCase();
    if (key === 'DCB') {
      for (const item of flat(k.value)) {
        const m = /^([A-Z]+)=(.*)$/.exec(item);
        if (m) setAttr(a, m[1]!, m[2]!);
      }
    } else if (key === 'SPACE') {
      // SPACE=(CYL,(1,1,10)): the third quantity is the number of directory blocks.
      const v = k.value;
      const q = Array.isArray(v) ? v[1] : undefined;
      if (Array.isArray(q) && typeof q[2] === 'string' && /^\d+$/.test(q[2]) && Number(q[2]) > 0) a.partitioned = true;
    } else if (typeof k.value === 'string') {
      setAttr(a, key, k.value);
    } else if (key === 'DSNTYPE' && typeof k.value[0] === 'string') {
      setAttr(a, key, k.value[0]);
    }
  }
  return a;
}
