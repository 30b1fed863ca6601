// The renderer moved to src/core/text/numberFormat.ts (shared with the add-in's fake Excel); kept for CLI imports.
export * from "../core/text/numberFormat";
