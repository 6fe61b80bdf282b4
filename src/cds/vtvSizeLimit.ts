/**
 * The largest a VTV may be in a CDS, as SQL: its own maximum (max_size_mb, from its class when it
 * was created), and the maximum the CDS gives its management class (MGMTDEF MAXVTVSZ), else the
 * TapePlex default (CONFIG GLOBAL MAXVTVSZ), else the largest VTV VTCS writes (32,000 MB). IMPORT
 * refuses a VTV above it and `cds verify` warns of one (SIM0858W): one rule for both.
 */

/** The largest VTV VTCS supports (MAXVTVSZ 32000, large pages). */
export const LARGEST_VTV_MB = 32000;

/**
 * The size limit of a VTV whose own maximum is the SQL expression `maxSize` and whose management
 * class is `mgmt`, in the CDS attached as schema `schema` (main by default).
 */
export function vtvSizeLimitSql(maxSize: string, mgmt: string, schema = 'main'): string {
  return `min(coalesce(${maxSize}, ${LARGEST_VTV_MB}),
             coalesce((SELECT g.maxvtvsz FROM ${schema}.mgmt_class g WHERE g.name = ${mgmt}),
                      (SELECT c.maxvtvsz FROM ${schema}.cfg_global c WHERE c.id = 1), ${LARGEST_VTV_MB}))`;
}
