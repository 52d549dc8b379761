import type { z } from 'zod';

/** One problem with one field, as an options form shows it. */
export interface FieldError {
  /** Dotted path to the field, e.g. "diplomas.0.awarded"; "" for the whole value. */
  path: string;
  message: string;
}

/** Flattens zod issues into paths a form can attach messages to. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
