export * from "./card-settings";
export * from "./card-rules";
export * from "./lifting";
