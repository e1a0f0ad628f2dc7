// The one zod instance every schema uses, extended with `.openapi()` before any schema is built.
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);

export { z };

/**
 * `schema | null` without marking a registered component itself nullable: zod-to-openapi turns
 * `.nullable()` on a named schema into a nullable component, which every other use then inherits.
 */
export function orNull<T extends z.ZodType>(schema: T): z.ZodUnion<[T, z.ZodNull]> {
  return z.union([schema, z.null()]);
}
