export * from "./report/changes";
export * from "./report/compile";
export * from "./report/model";
export * from "./report/narrative";
export * from "./report/settings";
export * from "./report/source";
