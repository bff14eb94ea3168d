// The one reading of a JSON request body: text → depth check → parse with lone surrogates made
// well-formed. A body nested deeper than any of our schemas could want is refused up front, so a
// hostile `[[[[…]]]]` is a plain 400 and never depends on how deep the reviver's stack goes.
import { replaceLoneSurrogates } from "@/lib/validations/fields";

/** Deeper than any request body the API declares (the deepest is 3). */
export const MAX_BODY_DEPTH = 32;

/** How deep the arrays and objects of a JSON text nest, counted outside strings. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** The parsed body, or undefined when it is not JSON or nests deeper than MAX_BODY_DEPTH. */
export function parseJsonBody(text: string): unknown {
  if (jsonDepth(text) > MAX_BODY_DEPTH) return undefined;
  try {
    return JSON.parse(text, wellFormed) as unknown;
  } catch {
    return undefined;
  }
}

/** A lone UTF-16 surrogate (which the database engine cannot take) becomes U+FFFD, as in a decoded URL. */
export function wellFormed(_key: string, value: unknown): unknown {
  return typeof value === "string" ? replaceLoneSurrogates(value) : value;
}
