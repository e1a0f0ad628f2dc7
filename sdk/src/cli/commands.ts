// The command table: `cleanroom <name> …`. Each command lives in its own module.
import type { Command } from './io.js';
import { audit } from './audit.js';
import { login } from './login.js';
import { keys } from './keys.js';
import { upload } from './upload.js';
import { org, token } from './org.js';
import { agreement } from './agreement.js';
import { insights } from './insights.js';

export const commands: Readonly<Record<string, Command>> = {
  login,
  keys,
  upload,
  audit,
  org,
  token,
  agreement,
  insights,
};
