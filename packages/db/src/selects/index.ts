/**
 * Prisma select trees shared by the app and the packages (api, plans, periods, jobs, report export), one
 * module per model: a query that needs one of these shapes names it (and adds what else it needs) instead
 * of repeating the tree.
 */
export * from "./consolidated-report";
export * from "./organization";
export * from "./plan";
export * from "./reporting-period";
export * from "./section";
export * from "./task";
