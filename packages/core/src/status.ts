export * from "./status/count";
export * from "./status/derive-category";
export * from "./status/labels";
export * from "./status/roll-up";
export * from "./status/types";
