// The data is split by section under ./plan-182/ to keep each file reviewable; this entry keeps the import path
// "./plan-182" stable for the seed script.
export { plan182 } from "./plan-182/index";
