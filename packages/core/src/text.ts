export * from "./text/excerpt";
export * from "./text/search-key";
