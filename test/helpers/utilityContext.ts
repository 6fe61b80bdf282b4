/** A UtilityContext for running one utility function in a test, on a CDS of the test's own. */
import type { Cds } from '../../src/cds/Cds.js';
import type { AllocatedDd, StepContext, SystemServices } from '../../src/program/contract.js';
import type { UtilityContext } from '../../src/sluadmin/types.js';
import { fixedClock, memoryIo } from '../../src/core/Io.js';
import { readCatalogedRecords } from '../../src/jes/readCatalogedRecords.js';
import { recordingReport, type RecordingReport } from './recordingReport.js';
import { testHardware } from './testHardware.js';

export interface TestContext extends UtilityContext {
  report: RecordingReport;
}

export interface TestContextOptions {
  /** In-stream DDs: name → records. */
  dds?: Record<string, string[]>;
  /** Cataloged data sets: DSN (members as `PDS(MEMBER)`) → file path. */
  datasets?: Record<string, string>;
  now?: string;
}

function instream(ddname: string, records: string[]): AllocatedDd {
  return { ddname, kind: 'instream', isNew: false, readRecords: () => [...records], writeRecords: () => undefined };
}

export function utilityContext(cds: Cds, opts: TestContextOptions = {}): TestContext {
  const now = opts.now ?? '2024-06-01T10:00:00Z';
  const dds = new Map(Object.entries(opts.dds ?? {}).map(([k, v]) => [k, instream(k, v)]));
  const system: SystemServices = {
    root: '/nonexistent',
    datasetPath: (dsn) => opts.datasets?.[dsn.toUpperCase()],
    readDataset: (dsn) => readCatalogedRecords((name) => opts.datasets?.[name.toUpperCase()], dsn),
    activeCds: () => 'HLQ.DBASEPRM',
    hscActive: () => true,
    createDataset: () => {
      throw new Error('not in this test');
    },
    hardware: testHardware(() => cds.path),
    tms: () => undefined,
  };
  const step: StepContext = {
    jobName: 'TESTJOB',
    jobId: 'JOB00001',
    stepName: 'STEP1',
    parm: 'MIXED',
    dd: (n) => dds.get(n),
    ddnames: () => [...dds.keys()],
    system,
    io: memoryIo(fixedClock(now)),
    sysmsg: () => undefined,
  };
  return { step, report: recordingReport(), cds, now: new Date(now), mixed: true };
}
