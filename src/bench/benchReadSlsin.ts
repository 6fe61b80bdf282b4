/**
 * A measurement, not a test: reads a generated SLSIN deck of `cards` cards the way SLUADMIN does
 * (the statement reader, then the SLSIN grammar for each statement) and reports the throughput.
 * The deck mixes the statement shapes of the DR guide: comments, single cards, continued
 * statements with `-` and `+`, volser lists and ranges. The caller supplies the clock.
 */
import { parseStatement } from '../sluadmin/parseStatement.js';
import { readStatements } from '../sluadmin/readStatements.js';

export interface SlsinBenchResult {
  cards: number;
  statements: number;
  /** Statements the grammar refused (the generated deck has none). */
  refused: number;
  ms: number;
  cardsPerSecond: number;
}

const vol = (i: number): string => `V${String(i % 100000).padStart(5, '0')}`;

/** Builds a deck of `cards` card images. */
export function generateSlsinDeck(cards: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < cards; i++) {
    switch (i % 8) {
      case 0:
        out.push(`/* DECK SECTION ${i} - GENERATED FOR THE SLSIN READER BENCHMARK */`);
        break;
      case 1:
        out.push(`  VTVRPT VTV(${vol(i)}) OPTION(UNAVAIL)`);
        break;
      case 2:
        out.push(`  SCRATCH VOL(${vol(i)}-${vol(i + 99)})`);
        break;
      case 3:
        out.push(`  MVCMAINT MVC(M${String(i % 100000).padStart(5, '0')}) READONLY(ON)`);
        break;
      case 4:
        out.push(`  EXPORT STOR(OFF1,OFF2) -`, `    MANIFEST(MOVE${i % 10})`);
        break;
      case 5:
        out.push(`  MVCRPT MVCPOOL(POOL${i % 10}) DETAIL`);
        break;
      case 6:
        out.push(`  DRTEST CREATE NOUPDPRD +`, `DRACS(01) DRVTSS(VTSS0) SPARE HOST(MVS1,MVS2)`);
        break;
      default:
        out.push(`  VTVMAINT VTV(${vol(i)},${vol(i + 1)},${vol(i + 2)}) ULINKMVC(M00001)`);
    }
  }
  return out.slice(0, cards);
}

export function benchReadSlsin(cards: number, now: () => number): SlsinBenchResult {
  const records = generateSlsinDeck(cards);
  const t0 = now();
  const reading = readStatements(records, 'SLSIN');
  let refused = 0;
  for (const ls of reading.statements) if (!parseStatement(ls).ok) refused++;
  const ms = now() - t0;
  return { cards, statements: reading.statements.length, refused, ms, cardsPerSecond: Math.round((cards / Math.max(ms, 0.001)) * 1000) };
}
