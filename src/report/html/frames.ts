// Frame names always come from the report's own frame list, so the page follows the data files.
import type { FrameFamily, FrameInfo } from '../../types.ts';

export const FAMILIES: readonly FrameFamily[] = ['policy', 'generic'];

export const FAMILY_LABELS: Record<FrameFamily, string> = {
  policy: 'Policy frames',
  generic: 'Generic frames',
};

/** The report's frames of one family, in the report's order. */
export function framesOf(frames: readonly FrameInfo[], family: FrameFamily): FrameInfo[] {
  return frames.filter((f) => f.family === family);
}

/** A frame's label; an id the report does not list is shown as the id itself. */
export function frameLabel(frames: readonly FrameInfo[], id: string): string {
  return frames.find((f) => f.id === id)?.label ?? id;
}
