/** What a CLI command needs from its surroundings (streams, terminal, exit code): injected so commands stay testable. */
export interface CliContext {
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** True when stdout is a colour terminal (and NO_COLOR is not set). */
  colorSupported: boolean;
  setExitCode(code: number): void;
  /** True when stderr is a terminal: the progress line is drawn only then. */
  stderrIsTTY?: boolean;
  /** Terminal width of stderr, for the progress line. */
  stderrColumns?: number;
}
