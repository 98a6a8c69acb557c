/** @module The error every reader raises for a bad input: it names the input (and line). */

export class InputError extends Error {
  override name = 'InputError';
  /** `path`, `path:line` or `-` (standard input). */
  readonly origin: string;
  constructor(origin: string, message: string) {
    super(`${origin}: ${message}`);
    this.origin = origin;
  }
}
