export * from "./period";
export * from "./settings";
export * from "./measure";
export * from "./forecast";
export * from "./status";
export * from "./rollup";
export * from "./scorecard";
export * from "./cascade";
