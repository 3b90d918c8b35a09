import { createContext, useContext } from 'react';
import type { FindingPlace } from '../../model/finding.ts';
import type { ProgressStore } from './progressStore.ts';

/** What the panels around the steps share: progress and how to open a finding. */
export type WizardServices = {
  readonly progress: ProgressStore;
  readonly showFinding: (finding: FindingPlace) => void;
};

export const WizardContext = createContext<WizardServices | null>(null);

export function useWizard(): WizardServices {
  const services = useContext(WizardContext);
  if (!services) throw new Error('useWizard must be used inside <Wizard>');
  return services;
}
