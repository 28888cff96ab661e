// All date and number formatting goes through here; the UI never calls toLocale*.
export * from "./dates/format";
export * from "./dates/number";
export * from "./dates/parse";
export * from "./dates/reporting";
export * from "./dates/vn-time";
