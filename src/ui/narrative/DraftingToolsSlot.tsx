/// <reference types="vite/client" />
import type { ComponentType } from 'react';
import type { Report } from '../../model/reportSchema.ts';

export type DraftingToolsProps = {
  fieldPath: string;
  value: string;
  report: () => Report;
  insert: (text: string) => void;
  replace: (text: string) => void;
};

// The one place DraftingTools (the narrative-checks engineer's file) is mounted under every narrative
// field. Eager glob: {} while the file does not exist, so the app builds either way.
const modules = import.meta.glob<{ DraftingTools: ComponentType<DraftingToolsProps> }>('./DraftingTools.tsx', { eager: true });
const DraftingTools = Object.values(modules)[0]?.DraftingTools;

export function DraftingToolsSlot(props: DraftingToolsProps) {
  return DraftingTools ? <DraftingTools {...props} /> : null;
}
