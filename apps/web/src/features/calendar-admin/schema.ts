import { z } from "zod";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid")
  .refine((d) => {
    const probe = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(probe.getTime()) && probe.toISOString().slice(0, 10) === d;
  }, "dateInvalid");

export const calendarYearSchema = z.coerce
  .number()
  .int()
  .min(1990)
  .max(2100)
  .catch(() => new Date().getFullYear());

export const addCalendarDaySchema = z.object({
  date: isoDay,
  kind: z.enum(["DAY_OFF", "WORKING_DAY"], { error: "kindInvalid" }),
  name: z.string().trim().min(1, "nameRequired").max(200, "nameTooLong"),
});
export type AddCalendarDayInput = z.infer<typeof addCalendarDaySchema>;

export const removeCalendarDaySchema = z.object({ date: isoDay });
