// What a CLI command may touch: its output streams and environment, so commands are testable.
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal (progress bars only then). */
  readonly interactive: boolean;
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface Command {
  readonly summary: string;
  readonly usage: string;
  run(args: string[], io: CliIo): Promise<void>;
}
