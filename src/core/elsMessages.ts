/**
 * The ELS family: elsim's refusals of a CDS file itself — one already formatted, one a newer
 * elsim wrote, one SQLite cannot open. They stop the whole command (src/core/errors.ts, ElsimError);
 * what a utility says about a CDS it works on is in the SLS and SIM families.
 */
import { catalogue } from './catalogue.js';

export const els = catalogue({
  ELS0001E: {
    text: 'CDS {0} is already formatted',
    explain: 'A CDS is formatted once, when it is created (`elsim init`, `elsim cds generate`): the data set named already holds the identity of a tapeplex, and formatting it again would replace what it records. Name a new data set, or build the system again with `elsim init --force`.',
  },
  ELS0002E: {
    text: 'CDS {0} has schema version {1}, newer than this elsim ({2})',
    explain: 'The CDS file was written or upgraded by a newer version of elsim, whose tables this one does not know. It is not opened, read-write or read-only, so that nothing in it is lost. Use that version of elsim, or build a new CDS with this one.',
  },
  ELS0003E: {
    text: 'CDS {0} cannot be opened: {1}',
    explain: 'SQLite cannot open the CDS file: it does not exist (a CDS is only created by formatting it), or it cannot be read or written. The reason SQLite gives follows the colon. Check the data set name and the files in the system directory.',
  },
});
