// The schema's enums, importable anywhere (client components too): no database code comes with them.
export * from "./generated/sqlite/enums";
