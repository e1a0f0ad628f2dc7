// zod issues → the field errors of a 422 body.
import type { z } from 'zod';
import type { FieldIssue } from '../errors.js';

export function fieldIssues(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('/'),
    code: issue.code,
    message: issue.message,
  }));
}
