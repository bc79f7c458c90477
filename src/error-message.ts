// What went wrong, as one line for a diagnostic: an Error's message, or anything else thrown as text.
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
