// The `cleanroom` CLI: dispatches to a command; errors become one line on stderr and an exit code.
import { CliError, type CliIo } from './io.js';
import { commands } from './commands.js';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`cleanroom: unknown command "${name}" (see cleanroom --help)\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  try {
    await command.run(rest, io);
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`cleanroom ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    if (err instanceof TypeError && 'code' in err && String((err as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`cleanroom ${name}: ${err.message}\n`);
      return 2;
    }
    io.stderr(`cleanroom ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return `usage: cleanroom <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun cleanroom <command> --help for a command's options.\n`;
}

export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    interactive: Boolean(process.stderr.isTTY),
  };
}
