/** How the converter finds procedures and INCLUDE members on a system: JCLLIB libraries, then SYS1.PROCLIB. */
import type { ConvertOptions } from '../jcl/types.js';
import type { System } from '../jes/System.js';

export const SYSTEM_PROCLIBS = ['SYS1.PROCLIB'];

export function procedureReader(system: System): Pick<ConvertOptions, 'readMember' | 'procLibs'> {
  return {
    readMember: (library, member) => {
      try {
        return system.catalog.readMember(library, member)?.join('\n');
      } catch {
        return undefined; // an invalid library or member name: the converter reports the procedure as not found
      }
    },
    procLibs: SYSTEM_PROCLIBS,
  };
}
