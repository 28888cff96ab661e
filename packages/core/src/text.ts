export * from "./text/search-key";
