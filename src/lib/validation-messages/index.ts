/**
 * Validation failures and other refusals of a request's input, in plain words: the parameter,
 * header or body field, what was received and what is accepted. `describe-failure.ts` reads
 * zod's issues (with `json-schema.ts`, `accepted.ts` and `authors-form.ts` for what is accepted,
 * `received.ts` for what was sent); `refusals.ts` words the checks zod does not make.
 */
export { describeValidationFailure, type ValidationContext, type ValidationIssue } from './describe-failure.js';
export { bodyParseProblem, cursorProblem, longParameterProblem, sortProblem } from './refusals.js';
