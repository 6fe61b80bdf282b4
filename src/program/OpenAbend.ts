/**
 * An OPEN failure: a DD that cannot be read or written as the program asked. The runner's DDs
 * (and the in-memory DDs of a bare deck) throw it from the read or write; a step whose program
 * lets it through abends with this completion code, and `lines` go to the job log. A program that
 * can carry on without the data set (IMPORT refusing an unreadable manifest) catches it and tells
 * it from other failures with isOpenFailure.
 */
export class OpenAbend extends Error {
  override name = 'OpenAbend';
  constructor(readonly abend: string, readonly reason: string, readonly lines: string[]) {
    super(lines.join('; '));
  }
}

export function isOpenFailure(e: unknown): e is OpenAbend {
  return e instanceof OpenAbend;
}
