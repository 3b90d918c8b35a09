/** An expected failure: printed as one line on stderr, with an exit status; never a stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = 2) {
    super(message);
  }
}
