// Once a story is reported, most of the heap is its articles' copies, garbage from then on; V8 keeps
// them until it next runs short, and what comes next (the next story, the corpus) then grew the
// heap on top of them: 5,000 articles, the main process went from 1.15 to 1.43 GB in the corpus
// step, on a live heap a third of that. A full collection at that point gives the room back first.
// It needs the process started with --expose-gc (npm run analyze is); without it, it does nothing.
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
