export * from "./dashboard/aggregate";
