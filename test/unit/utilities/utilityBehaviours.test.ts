// CONFIG, SET VOLPARM, MGMTDEF, VTVRPT and MVCRPT join the shared utility behaviours (parser
// refusals, minimum abbreviations, condition codes, the CDS unchanged after a refusal).
import test from 'ava';
import { instreamDd } from '../../../src/sluadmin/memoryDds.js';
import { loadPopulation } from '../../../src/cds/loadPopulation.js';
import { behavesLikeUtility } from '../../behaviours/behavesLikeUtility.js';
import { samplePopulation } from '../../helpers/samplePopulation.js';

behavesLikeUtility(test, 'CONFIg', { valid: ['CONFIG RESET CDSLEVEL(V62ABOVE)', 'GLOBAL MAXVTV=65000 MVCFREE=60', 'VTSS NAME=VTSS0 LOW=70 HIGH=80', 'VTD LOW=A900 HIGH=A9FF'] });

behavesLikeUtility(test, 'SET VOLPARM', {
  valid: 'SET VOLPARM APPLY(YES)',
  extraDds: () => [instreamDd('SLSPARM', ['POOLPARM NAME(MVCP1) TYPE(MVC) MVCFREE(40)', 'VOLPARM VOLSER(T14000-T14999) MEDIA(T10000T1) RECTECH(T1AE)'])],
});

behavesLikeUtility(test, 'MGMTDEF', { valid: 'MGMTDEF DSN(HLQ.PARMLIB(MGMTCLAS))' });

behavesLikeUtility(test, 'VTVRPt', { valid: 'VTVRPT BASIC VTVID(DV0000-DV0099)', prepareCds: (cds) => void loadPopulation(cds, samplePopulation) });

behavesLikeUtility(test, 'MVCRPt', { valid: 'MVCRPT SUMMARY MVCID(M00000-M00019)', prepareCds: (cds) => void loadPopulation(cds, samplePopulation) });
