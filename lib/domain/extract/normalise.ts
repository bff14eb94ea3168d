// Length-preserving normalisation: every UTF-16 code unit of the input maps to exactly one
// code unit of the output, so offsets found in the normalised text are offsets in the original.
import { TRADITIONAL_TO_SIMPLIFIED } from "./traditional";

const FULLWIDTH_FIRST = 0xff01; // "！"
const FULLWIDTH_LAST = 0xff5e; // "～"
const FULLWIDTH_OFFSET = 0xfee0;

/** Map one code unit: full-width ASCII → ASCII, traditional → simplified, odd spaces → " ". */
export function normaliseChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) {
    return String.fromCharCode(code - FULLWIDTH_OFFSET);
  }
  switch (ch) {
    case "\u3000": // ideographic space
    case "\u00a0": // no-break space
    case "\ufeff": // byte-order mark
    case "\t":
    case "\r":
      return " ";
    case "\u2013": // en dash
    case "\u2212": // minus sign
    case "\ufe63": // small hyphen-minus
      return "-";
    case "\ufe6a": // small percent sign
      return "%";
    default:
      return TRADITIONAL_TO_SIMPLIFIED.get(ch) ?? ch;
  }
}

/** Normalise a whole text; the result has the same length as the input. */
export function normaliseText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i += 1) out += normaliseChar(text.charAt(i));
  return out;
}
