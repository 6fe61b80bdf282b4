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

/**
 * A SELECT of (volser, pool_type, owner) for the distinct volsers in `table.column`: the type of
 * the first SCRATCH or EXTERNAL pool whose VOLPARM range holds the volser, and the owner TapePlex
 * of the first EXTERNAL one ("first": production pools before DR test subpools, then VOLPARM
 * order) — what volparmPoolSql gives one volser at a time, as one range join driven from the
 * few VOLPARM ranges into the index of `table` (`column` must lead an index). Volsers in no
 * such range have no row.
 */
export function vtvPoolsSql(table: string, column: string): string {
  const key = `printf('%d%015d', p.drtest, vp.seq)`;
  return `SELECT volser, substr(first_any, 17) AS pool_type, CASE substr(first_ext, 17, 1) WHEN '1' THEN substr(first_ext, 18) END AS owner
            FROM (SELECT x.${column} AS volser, min(${key} || p.type) AS first_any,
                         min(CASE WHEN p.type = 'EXTERNAL' THEN ${key} || CASE WHEN p.ownrplex IS NULL THEN '0' ELSE '1' || p.ownrplex END END) AS first_ext
                    FROM volparm vp CROSS JOIN pool p CROSS JOIN ${table} x
                   WHERE p.pool_id = vp.pool_id AND p.type IN ('SCRATCH','EXTERNAL') AND ${rangeHolds('vp', `x.${column}`)}
                   GROUP BY x.${column})`;
}
