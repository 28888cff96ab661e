export * from "./reporting/cycle-dates";
export * from "./reporting/expected-reporters";
export * from "./reporting/period-dates";
export * from "./reporting/period-key";
export * from "./reporting/schedule";
export * from "./reporting/update-state";
