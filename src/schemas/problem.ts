import { z } from 'zod';
import { PROBLEM_TYPE_URIS } from '../lib/problem-types.js';

/** The documentation of one problem type, served at its `type` URI. */
export const problemTypeSchema = z
  .object({
    type: z.enum(PROBLEM_TYPE_URIS).describe('The URI problem documents carry in `type`: this page'),
    slug: z.string(),
    status: z
      .number()
      .int()
      .nullable()
      .describe('The HTTP status it is sent with; null for the generic client and server error types'),
    title: z.string().describe('The `title` every problem of this type carries'),
    description: z.string().describe('What happened'),
    action: z.string().describe('What the client can do about it'),
  })
  .meta({ id: 'ProblemType' });

export const problemTypeResponse = z.object({ data: problemTypeSchema }).meta({ id: 'ProblemTypeResponse' });
export const problemTypeListResponse = z.object({ data: z.array(problemTypeSchema) }).meta({ id: 'ProblemTypeList' });

export const problemTypeParams = z.strictObject({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as not-found')
    .max(100)
    .describe('The last segment of a problem `type`, e.g. not-found'),
});
