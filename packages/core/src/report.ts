export * from "./report/model";
