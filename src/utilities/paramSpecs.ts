/** Small builders for the parameter schemas (data) the utilities declare. */
import type { ParamSpec } from '../sluadmin/types.js';

export const YES_NO = ['YES', 'NO'];

/** A name of 1-8 characters (class, pool, VTSS, host …). */
export const name8 = (name: string, required = false): ParamSpec => ({ name, type: 'name', min: 1, max: 8, ...(required ? { required } : {}) });

/** YES or NO. */
export const yesNo = (name: string): ParamSpec => ({ name, type: 'enum', values: YES_NO });

/** An integer within min..max. */
export const int = (name: string, min: number, max: number, required = false): ParamSpec => ({ name, type: 'int', min, max, ...(required ? { required } : {}) });
