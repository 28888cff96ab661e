// Pure domain of the plan tracker: no Next.js, no Prisma, no I/O. Safe in server and client code.
export * from "./auth";
export * from "./dates";
export * from "./errors";
export * from "./locale";
export * from "./plan";
export * from "./report";
export * from "./reporting";
export * from "./status";
export * from "./text";
export * from "./workflow";
