// The Vietnamese working calendar: lunar dates, public holidays, working-day arithmetic.
export * from "./calendar/holidays";
export * from "./calendar/lunar";
export * from "./calendar/working-calendar";
