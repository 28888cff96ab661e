export * from "./dashboard/aggregate";
export * from "./dashboard/portfolio";
