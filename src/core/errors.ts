/** The closed set of errors that cross layers. Only src/cli maps them to exit codes. */

/** The command line was wrong (exit 64). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A condition the user must fix that stops the whole command (bad --system, unreadable file). */
export class ElsimError extends Error {
  override name = 'ElsimError';
  /** `id` is the message's id in its catalogue (ELS, SIM …): `elsim explain` tells what it means. */
  constructor(message: string, readonly id: string) {
    super(message);
  }

  /** The reason alone, without the file it is about (a caller that names the file its own way prints it). */
  detail?: string;

  /** The environment fault (SIM1510E-SIM1513E) behind a message that reports its consequence. */
  fault?: string;
}

/** A bug in elsim (exit 70). */
export class InternalError extends Error {
  override name = 'InternalError';
}
