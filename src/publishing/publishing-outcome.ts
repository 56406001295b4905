import { ConflictError, ForbiddenError, ValidationError } from "../errors.ts";
import type { Lang } from "../i18n/languages.ts";
import type { FieldError } from "../server/views/components.tsx";
import { localiseIssue } from "./publishing-view.helpers.tsx";
import { pt } from "./publishing.messages.ts";

/** The outcomes announced after a redirect. */
export const DONE = ["requested", "approved", "published", "withdrawn"] as const;

/** One announced outcome. */
export type Done = (typeof DONE)[number];

/** The notice for `?done=…` after a redirect (post/redirect/get: a reload never repeats it). */
export function doneNotice(lang: Lang, done: unknown): string | undefined {
  return (DONE as readonly unknown[]).includes(done) ? pt(lang, `done.${done as Done}`) : undefined;
}

/** A refusal by the publication commands as form errors, or null for an unexpected error. */
export function refusal(lang: Lang, err: unknown): { status: number; errors: FieldError[] } | null {
  const at = "actions-title";
  if (err instanceof ConflictError)
    return { status: 409, errors: [{ field: at, message: pt(lang, "refused.conflict") }] };
  if (err instanceof ValidationError)
    return {
      status: 422,
      errors: err.issues.map((i) => ({ field: at, message: localiseIssue(lang, i.message) })),
    };
  if (err instanceof ForbiddenError)
    return { status: 403, errors: [{ field: at, message: localiseIssue(lang, err.message) }] };
  return null;
}
