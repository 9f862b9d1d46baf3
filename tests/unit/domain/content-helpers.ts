/** Shared checks for the domain content tests: walk a value and report empty or placeholder text. */

export const PLACEHOLDER = /\b(todo|tbd|fixme|xxx|lorem|ipsum|coming soon|placeholder)\b/i

/** Every string inside a value, with its path, recursively. */
export function stringsIn(value: unknown, path = '$'): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${path}[${i}]`))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => stringsIn(v, `${path}.${k}`))
  }
  return []
}

/** Paths of strings that are empty or only whitespace. */
export function emptyStrings(value: unknown): string[] {
  return stringsIn(value)
    .filter((s) => s.text.trim() === '')
    .map((s) => s.path)
}

/** Paths of strings that contain a placeholder word. */
export function placeholderStrings(value: unknown): string[] {
  return stringsIn(value)
    .filter((s) => PLACEHOLDER.test(s.text))
    .map((s) => `${s.path}: ${s.text}`)
}
