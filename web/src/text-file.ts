// Reading a user's text file: UTF-8, or — when it is not valid UTF-8 — Windows-1252, the
// encoding of a spreadsheet's "CSV" saved on Windows (accents would otherwise become U+FFFD).

export async function readTextFile(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
