import { DraftingTools, type DraftingToolsProps } from './DraftingTools.tsx';

export type { DraftingToolsProps };

// The one place DraftingTools (the narrative-checks toolbar) is mounted under every narrative field.
export function DraftingToolsSlot(props: DraftingToolsProps) {
  return <DraftingTools {...props} />;
}
