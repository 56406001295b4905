import { Type, type TSchema, type TString, type SchemaOptions } from "@sinclair/typebox";

/** A term of a controlled vocabulary (validated against the vocabulary table on write). */
export const Vocab = (scheme: string, opts: SchemaOptions = {}): TString =>
  Type.String({ minLength: 1, maxLength: 64, "x-vocabulary": scheme, ...opts });

/** A reference to another record by id. */
export const Ref = (type: string, opts: SchemaOptions = {}): TString =>
  Type.String({ minLength: 1, maxLength: 100, "x-ref": type, ...opts });

/** A date known to the day, month or year: 2017, 2017-05 or 2017-05-29. */
export const PartialDate = (opts: SchemaOptions = {}): TString =>
  Type.String({ pattern: "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$", ...opts });

/** A full calendar date, YYYY-MM-DD. */
export const CalendarDate = (opts: SchemaOptions = {}): TString =>
  Type.String({ pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", ...opts });

/** An ISO 3166-1 alpha-2 state code, upper case (GE, AZ …). */
export const StateCode = (opts: SchemaOptions = {}): TString =>
  Type.String({ pattern: "^[A-Z]{2}$", ...opts });

/** Free text of bounded length. */
export const Text = (max = 20000, opts: SchemaOptions = {}): TString =>
  Type.String({ maxLength: max, ...opts });

/** Marks a field as protected: field-encrypted at rest, never public, only in full exports. */
export function Protected<T extends TSchema>(schema: T): T {
  return { ...schema, "x-protected": true };
}

/** A field that may be absent or null. */
export function Maybe<T extends TSchema>(schema: T) {
  return Type.Optional(Type.Union([schema, Type.Null()]));
}

/** Labels of a term or title in every site language. */
export const Labels = () =>
  Type.Object(
    { en: Type.String(), ka: Type.String(), az: Type.String(), ru: Type.String() },
    { additionalProperties: false },
  );
