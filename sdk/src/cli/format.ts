// Output helpers shared by the commands: aligned tables and one-line problem summaries.
import { CliError } from './io.js';

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/** `403 Denied by the data agreement: … [rule]` plus each failing field. */
export function problemLine(error: unknown, status: number): string {
  const p = error as { title?: string; detail?: string; rule?: string; errors?: { path: string; message: string }[] } | undefined;
  const fields = p?.errors?.map((e) => `${e.path}: ${e.message}`).join('; ');
  return `${status} ${p?.detail ?? p?.title ?? 'request failed'}${p?.rule ? ` [${p.rule}]` : ''}${fields ? ` (${fields})` : ''}`;
}

/** Unwraps an openapi-fetch result or fails the command with the problem's one-line summary. */
export function must<T>(what: string, result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) throw new CliError(`${what} failed: ${problemLine(result.error, result.response.status)}`);
  return result.data;
}
