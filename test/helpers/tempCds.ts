/** A fresh CDS file in a temporary directory, removed by `dispose()`. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cds } from '../../src/cds/Cds.js';
import { formatCds, type FormatSpec } from '../../src/cds/formatCds.js';

export interface TempCds {
  cds: Cds;
  dir: string;
  path: string;
  dispose(): void;
}

export function tempCds(format?: Partial<FormatSpec> | false): TempCds {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-cds-'));
  const path = join(dir, 'HLQ.DBASEPRM');
  const cds = Cds.open(path, { create: true });
  if (format !== false) {
    formatCds(cds, {
      now: new Date('2024-05-01T12:00:00Z'),
      tapeplex: 'TMVSA',
      features: { VSM: 'ADVMGMT' },
      acs: [{ id: '00', lsms: 2 }, { id: '01' }],
      hosts: ['MVS1', 'MVS2'],
      ...(format ?? {}),
    });
  }
  return {
    cds,
    dir,
    path,
    dispose() {
      cds.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
