/**
 * HSC media types and the recording techniques each accepts, for checking POOLPARM/VOLPARM
 * definitions. The list covers the cartridges of the StorageTek libraries ELS drives (3480/3490
 * cartridges, 9840, 9940, T10000, virtual); the pairing rules are elsim's reading of the HSC
 * MEDia/RECtech tables [E].
 */
interface MediaType {
  /** Recording techniques valid for the media. */
  rectech: RegExp;
  virtual?: boolean;
  cleaning?: boolean;
}

const T1AB = /^T1[AB]E?(34|35)?$/;
const T1CD = /^T1[CD]E?(34|35)?$/;

export const MEDIA_TYPES: Record<string, MediaType> = {
  VIRTUAL: { rectech: /^VIRTUAL$/, virtual: true },
  STANDARD: { rectech: /^(18TRACK|36TRACK|36ATRACK|LONGITUD)$/ },
  ECART: { rectech: /^(18TRACK|36TRACK|36ATRACK|36BTRACK|LONGITUD)$/ },
  ZCART: { rectech: /^(36BTRACK|36CTRACK)$/ },
  STK1R: { rectech: /^STK1R[A-E]?E?(34|35)?$/ },
  STK1U: { rectech: /^STK1R[A-E]?E?(34|35)?$/, cleaning: true },
  STK1Y: { rectech: /^STK1R[A-E]?E?(34|35)?$/, cleaning: true },
  STK2P: { rectech: /^STK2P[A-B]?E?(34|35)?$/ },
  STK2W: { rectech: /^STK2P[A-B]?E?(34|35)?$/, cleaning: true },
  T10000T1: { rectech: T1AB },
  T10000TS: { rectech: T1AB },
  T10000T2: { rectech: T1CD },
  T10000TT: { rectech: T1CD },
  T10000CT: { rectech: /^T1[A-D]E?(34|35)?$/, cleaning: true },
  T10000CL: { rectech: /^T1[A-D]E?(34|35)?$/, cleaning: true },
  T10000CC: { rectech: /^T1[CD]E?(34|35)?$/, cleaning: true },
};

/** Every recording technique some known media accepts. */
export function isKnownRectech(rectech: string): boolean {
  return Object.values(MEDIA_TYPES).some((m) => m.rectech.test(rectech));
}

/** Why a MEDIA/RECTECH pair is not acceptable, or undefined when it is. */
export function mediaProblem(media: string | undefined, rectech: string | undefined): string | undefined {
  const m = media === undefined ? undefined : MEDIA_TYPES[media];
  if (media !== undefined && !m) return `MEDIA(${media}) IS NOT A MEDIA TYPE (${Object.keys(MEDIA_TYPES).join(' ')})`;
  if (rectech !== undefined && !isKnownRectech(rectech)) return `RECTECH(${rectech}) IS NOT A RECORDING TECHNIQUE`;
  if (m && rectech !== undefined && !m.rectech.test(rectech)) return `RECTECH(${rectech}) DOES NOT RECORD ON MEDIA(${media})`;
  return undefined;
}
