export * from "./workflow/states";
