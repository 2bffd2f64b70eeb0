// Text as a reader sees it, for comparisons: French typography binds words with no-break spaces
// (U+00A0, U+202F), HTML keeps line breaks and indentation; `\s` covers them all.

/** Every run of white space (no-break spaces included) as one plain space, trimmed. */
export function normalizeText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
