/** An error meant for the person at the terminal: printed as is, with its exit code (2: bad input). */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
