// JSON placed inside an HTML <script> element (JSON-LD, data for a script). JSON.stringify leaves
// `<`, `>` and `&` as they are, so a text field holding `</script>` would close the element and
// `<!--` would change how the HTML parser reads the rest of it; U+2028 and U+2029 are escaped too
// so that the text stays valid JavaScript wherever it is pasted. Escaped as \uXXXX, the JSON still
// parses to the same value.
const unsafe = /[<>&\u2028\u2029]/g;

/** The JSON text of `value`, safe between `<script …>` and `</script>`. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(
    unsafe,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
