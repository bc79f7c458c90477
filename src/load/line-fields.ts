// What every line format needs before a line is scored: an id its result can be told by, and some
// text. A blank one is almost always a slip in the file (a missing column value, a stray tab), so it
// is reported with the line rather than scored under "" or as an empty text.

/** Why the line's id or text cannot be used, naming the field as the format calls it; null when both are there. */
export function blankField(id: string, text: string, names: { id: string; text: string } = { id: 'id', text: 'text' }): string | null {
  if (id.trim() === '') return `${names.id} is empty`;
  if (text.trim() === '') return `${names.text} is empty`;
  return null;
}
