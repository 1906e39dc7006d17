/**
 * The structured logger the framework hands to tasks and handlers. Never log a resolved credential or a secret:
 * `@credref/no-credential-logging` flags it.
 *
 * @example
 * this.context.logger.info("connected", { database: input.credential.name });
 */
export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}
