export * from "./auth/home";
export * from "./auth/login-throttle";
export * from "./auth/policy";
export * from "./auth/resources";
export * from "./auth/roles";
