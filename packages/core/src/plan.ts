export * from "./plan/coordinator-scope";
export * from "./plan/section-code";
