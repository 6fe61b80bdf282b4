/**
 * SQL for "where is this volser defined in the target CDS": the POOLPARM/VOLPARM ranges (and,
 * for CDSs configured the older way, CONFIG MVCVOL/VTVVOL ranges). A range matches a volser
 * that lies between its ends and has its shape (prefix, digits, suffix) — the canonical split of
 * src/cds/volserRange.ts — driven by the (lo_volser, hi_volser) index.
 */

/** `t` (a table alias with prefix/width/suffix/lo_volser/hi_volser) holds the volser in `column`. */
function rangeHolds(t: string, column: string): string {
  return `${column} BETWEEN ${t}.lo_volser AND ${t}.hi_volser
      AND length(${column}) = length(${t}.lo_volser)
      AND substr(${column}, 1, length(${t}.prefix)) = ${t}.prefix
      AND substr(${column}, length(${t}.prefix) + 1, ${t}.width) NOT GLOB '*[^0-9]*'
      AND substr(${column}, length(${t}.prefix) + ${t}.width + 1) = ${t}.suffix`;
}

/**
 * A scalar subquery: the pool (`name`, or `column` of the pool row) whose VOLPARM range holds the
 * volser, among pools of the given types; production pools before DR test subpools.
 */
export function volparmPoolSql(column: string, types: readonly ('MVC' | 'SCRATCH' | 'EXTERNAL')[], what: 'name' | 'type' | 'ownrplex' = 'name'): string {
  return `(SELECT p.${what} FROM volparm vp JOIN pool p ON p.pool_id = vp.pool_id
            WHERE p.type IN (${types.map((x) => `'${x}'`).join(',')}) AND ${rangeHolds('vp', column)}
            ORDER BY p.drtest, vp.seq LIMIT 1)`;
}

/** True when a CONFIG MVCVOL/VTVVOL range holds the volser. */
export function configRangeSql(column: string, kind: 'MVC' | 'VTV'): string {
  return `EXISTS (SELECT 1 FROM cfg_volrange cr WHERE cr.kind = '${kind}' AND ${rangeHolds('cr', column)})`;
}
