/** Standard indicator templates: library, rendering, suggestions, insertion planning (pure, no Office). */
export * from "./schema";
export * from "./library";
export * from "./render";
export * from "./suggest";
export * from "./plan";
export * from "./fromForm";
export * from "./forFinding";
export * from "./newForm";
