import type { Prisma } from "@plan-tracker/db";

/**
 * What can be written to a jsonb column as it is: JSON's own values, arrays and objects of them, and
 * values that serialize themselves (Date, Prisma.Decimal: `toJSON`). Functions, symbols and bigints are
 * refused by the type checker.
 */
export type JsonWritable<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends { toJSON(): unknown }
    ? T
    : T extends (...args: never[]) => unknown
      ? never
      : T extends bigint | symbol
        ? never
        : T extends readonly (infer U)[]
          ? readonly JsonWritable<U>[]
          : T extends object
            ? { [K in keyof T]: JsonWritable<T[K]> }
            : never;

/**
 * A typed value as the input of a jsonb column. Reads parse the column with the value's zod schema; a
 * write needs no parse (the value is typed where it is built), only this one cast: Prisma's
 * InputJsonValue is an index-signature type, which an interface (ReportModel, SubmissionContent) is not
 * assignable to, although `JsonWritable` has checked every field.
 */
export function jsonColumn<T>(value: T & JsonWritable<T>): Prisma.InputJsonValue {
  return value as unknown as Prisma.InputJsonValue;
}
