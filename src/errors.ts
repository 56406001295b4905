/** Every error the application raises on purpose: a literal code, an HTTP status, a safe message. */
export type ErrorCode =
  | "sealed"
  | "not_found"
  | "conflict"
  | "invalid_input"
  | "invalid_secret"
  | "already_initialised"
  | "not_initialised"
  | "no_secret"
  | "integrity"
  | "unauthorised"
  | "forbidden"
  | "throttled"
  | "step_up_required"
  | "csrf";

const STATUS: Record<ErrorCode, number> = {
  sealed: 503,
  not_found: 404,
  conflict: 409,
  invalid_input: 422,
  invalid_secret: 403,
  already_initialised: 409,
  not_initialised: 503,
  no_secret: 400,
  integrity: 500,
  unauthorised: 401,
  forbidden: 403,
  throttled: 429,
  step_up_required: 403,
  csrf: 403,
};

/** Base class: `code` is stable and machine-readable, `message` never contains protected values. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
    this.status = STATUS[code];
  }
}

/** The vault is sealed: keys are not in memory. */
export class SealedError extends AppError {
  constructor() {
    super("sealed", "The vault is sealed. Unseal it with the recovery secret (tnr unseal).");
  }
}

/** A record is missing — or the actor may not see it; both answer the same. */
export class NotFoundError extends AppError {
  constructor(what = "record") {
    super("not_found", `No such ${what}.`);
  }
}

/** Optimistic locking failed: somebody else saved a newer version first. */
export class ConflictError extends AppError {
  constructor(type: string, id: string, expected: number, actual: number) {
    super(
      "conflict",
      `The ${type} ${id} was changed by someone else (you edited version ${expected}, it is now at ${actual}).`,
    );
  }
}

/** One problem found in input, with where it was found. */
export interface Issue {
  path: string;
  message: string;
  line?: number;
}

/** Input failed validation; `issues` lists every problem, not just the first. */
export class ValidationError extends AppError {
  readonly issues: Issue[];
  constructor(issues: Issue[], message = "The input is not valid.") {
    super("invalid_input", message);
    this.issues = issues;
  }
}

/** A secret, word list or share set did not check out. */
export class InvalidSecretError extends AppError {
  constructor(message = "That recovery secret does not match this installation.") {
    super("invalid_secret", message);
  }
}

/** Stored data failed an integrity check (hash mismatch, broken backup). */
export class IntegrityError extends AppError {
  constructor(message: string) {
    super("integrity", message);
  }
}

/** Sign-in failed or is missing; the message never says whether the account exists. */
export class UnauthorisedError extends AppError {
  constructor(message = "Sign-in failed.") {
    super("unauthorised", message);
  }
}

/** The actor is known but must not do this (e.g. step-up missing); records answer NotFoundError instead. */
export class ForbiddenError extends AppError {
  constructor(message = "Not allowed.") {
    super("forbidden", message);
  }
}

/** Too many failed attempts on one account: try again after `retryAfterSeconds`. */
export class ThrottledError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super("throttled", "Too many attempts. Wait a moment and try again.");
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** A sensitive action needs the second factor again (exports, publication, administration). */
export class StepUpRequiredError extends AppError {
  /** The page to return to after stepping up, for a form post (a GET returns to itself). */
  readonly next: string | undefined;
  constructor(next?: string) {
    super("step_up_required", "Confirm your second factor again to do this.");
    this.next = next;
  }
}

/** A state-changing request came without a valid anti-forgery token or from another origin. */
export class CsrfError extends AppError {
  constructor() {
    super("csrf", "The form has expired or did not come from this site.");
  }
}
