export * from "./types";
export * from "./results";
export * from "./rounding";
export * from "./rank";
export * from "./grade";
export * from "./rules";
export * from "./item";
export * from "./score";
