export * from "./plan/coordinator-scope";
export * from "./plan/lifecycle";
export * from "./plan/section-code";
