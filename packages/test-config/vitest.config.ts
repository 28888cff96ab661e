import { definePackageTests } from "./src/vitest.js";

export default definePackageTests();
