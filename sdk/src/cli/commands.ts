// The command table: `cleanroom <name> …`. Each command lives in its own module.
import type { Command } from './io.js';
import { login } from './login.js';

export const commands: Readonly<Record<string, Command>> = {
  login,
};
