import type { ProblemDetail } from '../problem.js';
import { isCredentialName } from '../redact.js';
import { acceptedFromIssue, describeSchema, type Described } from './accepted.js';
import { authorsForm, zodAt } from './authors-form.js';
import { jsonSchemaOf, schemaAt, valueAt } from './json-schema.js';
import { quoted, receivedText } from './received.js';

/**
 * zod's validation issues, as a person reads them: for each bad parameter, header or body
 * field, its name, what was received and what is accepted, in plain words. What is accepted
 * comes, in this order, from the schema author's own message ("must be YYYY, YYYY-MM or
 * YYYY-MM-DD"), from the schema itself (its JSON Schema: type, range, length, enum, format),
 * or from the issue. Routes need nothing of their own: the errors plugin calls this for every
 * failed validation, with the route's schema and the raw input.
 */

/** An issue as fastify-type-provider-zod hands it over: zod's issue, its path as a JSON pointer. */
export type ValidationIssue = {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
};

/** Where the request failed validation, as Fastify names it. */
export type ValidationContext = 'querystring' | 'params' | 'headers' | 'body';

/**
 * zod's own English messages, which speak the validator's language ("Invalid input: expected
 * number, received NaN"); a message that is not one of them was written by a schema's author
 * and is kept.
 */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (big|small)|Unrecognized key)/;

function subjectOf(
  context: ValidationContext | undefined,
  path: readonly string[],
): { subject: string; location: Omit<ProblemDetail, 'detail'> } {
  const first = path[0] ?? '';
  if (context === 'querystring') return { subject: `Query parameter ${first}`, location: { parameter: first } };
  if (context === 'params') return { subject: `Path parameter ${first}`, location: { parameter: first } };
  if (context === 'headers') return { subject: `Header ${first}`, location: { header: first } };
  const pointer = `/${path.join('/')}`;
  return { subject: path.length === 0 ? 'The request body' : `Body field ${path.join('.')}`, location: { pointer } };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The plain-words `detail` and the `errors` of a 400 for failed validation. `schema` is the
 * route's zod schema for `context` and `input` what the client sent there (both may be
 * missing; the messages are then less precise, never wrong).
 */
export function describeValidationFailure(
  context: ValidationContext | undefined,
  issues: readonly ValidationIssue[],
  schema: unknown,
  input: unknown,
): { detail: string; errors: ProblemDetail[] } {
  const root = jsonSchemaOf(schema) ?? {};
  const fromText = context !== 'body';
  const errors: ProblemDetail[] = [];
  for (const issue of issues) {
    const path = (issue.instancePath ?? '').split('/').filter((p) => p !== '');
    const keys =
      issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params?.keys) ? issue.params.keys.map(String) : null;
    if (keys !== null) {
      const parent = schemaAt(root, path);
      const known = Object.keys(parent?.properties ?? {});
      for (const key of keys) errors.push(unknownKey(context, [...path, key], valueAt(input, [...path, key]), known, fromText));
      continue;
    }
    const described = describeSchema(schemaAt(root, path), root);
    const form = described.precise === true ? undefined : authorsForm(zodAt(schema, path));
    errors.push(
      badValue(
        context,
        issue,
        path,
        form === undefined ? described : { ...described, accepted: form },
        valueAt(input, path),
        fromText,
      ),
    );
  }
  return { detail: errors.map((e) => e.detail).join(' '), errors };
}

function unknownKey(
  context: ValidationContext | undefined,
  path: string[],
  value: unknown,
  known: string[],
  fromText: boolean,
): ProblemDetail {
  const { subject, location } = subjectOf(context, path);
  const what = context === 'body' ? 'field' : context === 'headers' ? 'header' : 'parameter';
  // One name is said in the singular ("the only parameter is limit"), never "the parameters are: limit".
  const list =
    known.length === 0
      ? `this ${what === 'field' ? 'object takes no fields' : `operation takes no ${what}s`}`
      : known.length === 1
        ? `the only ${what} is ${known.join('')}`
        : `the ${what}s are: ${known.join(', ')}`;
  const secret = isCredentialName(path.at(-1) ?? '');
  const received = secret ? '[redacted]' : receivedText(value, fromText);
  const shown = received === undefined ? '' : `; received ${secret ? received : quoted(value, received, fromText)}`;
  return {
    ...location,
    detail: `${subject} is not accepted here${shown}; ${list}.`,
    ...(received === undefined ? {} : { received }),
    accepted:
      known.length === 0
        ? 'none'
        : known.length === 1
          ? `the ${what} ${known.join('')}`
          : `one of the ${what}s: ${known.join(', ')}`,
    allowed: known,
  };
}

function badValue(
  context: ValidationContext | undefined,
  issue: ValidationIssue,
  path: string[],
  described: Described,
  value: unknown,
  fromText: boolean,
): ProblemDetail {
  const { subject, location } = subjectOf(context, path);
  const message = issue.message ?? '';
  const custom = message !== '' && !ZOD_DEFAULT_MESSAGE.test(message) ? message : undefined;
  const authors = custom?.startsWith('must be ') ? custom.slice('must be '.length) : undefined;
  const accepted =
    (described.precise === true ? described.accepted : undefined) ??
    authors ??
    described.accepted ??
    acceptedFromIssue(issue.keyword, issue.params ?? {});
  const received = receivedText(value, fromText);
  const allowed = described.allowed === undefined ? {} : { allowed: described.allowed };
  const fields = { ...(received === undefined ? {} : { received }), ...(accepted === undefined ? {} : { accepted }), ...allowed };

  if (value === undefined || (path.length === 0 && value === null && context === 'body')) {
    // Nothing was sent where something is required.
    const missing = path.length === 0 && context === 'body' ? 'is missing' : 'is required';
    const why = custom ?? (accepted === undefined ? '' : `send ${accepted}`);
    return { ...location, detail: `${subject} ${missing}${why === '' ? '' : `: ${why}`}.`, ...fields };
  }
  const shown = received === undefined ? '' : `; received ${quoted(value, received, fromText)}`;
  let reason: string;
  // The schema's own range or list says more than a message written for one of its checks.
  if (custom !== undefined && !(authors !== undefined && described.precise === true)) {
    reason = /^(must|is|are|cannot|should|may) /.test(custom) ? ` ${custom}` : `: ${custom}`;
  } else {
    reason = accepted === undefined ? ' is not valid' : ` must be ${accepted}`;
  }
  return { ...location, detail: `${capitalise(subject)}${reason}${shown}.`, ...fields };
}
