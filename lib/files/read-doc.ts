// Reads the text of a Word 97–2003 (.doc) file with word-extractor (pure JavaScript). Many
// ".doc" files from government websites are really .docx: word-extractor reads those too.
import WordExtractor from "word-extractor";

export type DocResult = { ok: true; text: string } | { ok: false; reason: "UNREADABLE" };

export async function readDoc(bytes: Buffer): Promise<DocResult> {
  try {
    const document = await new WordExtractor().extract(bytes);
    // Word separates paragraphs with "\r" (word-extractor keeps some as "\n"); one line each.
    const text = document.getBody().replace(/\r\n?/gu, "\n").replace(/\n{2,}/gu, "\n");
    return { ok: true, text };
  } catch {
    return { ok: false, reason: "UNREADABLE" };
  }
}
