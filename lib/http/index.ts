// The JSON API's plumbing: route declarations, the handler wrapper, error answers, OpenAPI.
export * from "./errors";
export * from "./route";
export * from "./spec";
