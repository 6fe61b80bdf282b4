/**
 * CDSLEVEL values (CONFIG's keyword) and the VTCS CDS level letter elsim takes each one for. [E]
 * mapping. CONFIG checks a deck against the level it names; IMPORT checks that the target CDS is
 * at a level that holds imported VTVs.
 */
export const CDS_LEVELS: Record<string, string> = {
  V5ABOVE: 'D',
  V51ABOVE: 'E',
  V6ABOVE: 'F',
  V61ABOVE: 'G',
  V62ABOVE: 'H',
  V7ABOVE: 'I',
};
