import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Report } from '../../model/reportSchema.ts';
import type { SectionDef } from '../../template/sections.ts';
import { lastYearText } from './lastYearText.ts';
import { NarrativeField } from './NarrativeField.tsx';

type Props = { readonly section: SectionDef & { readonly id: 'problems' | 'other' } };

/** 五 and 六: one narrative text with the format's requirement, and last year's text when known. */
export function NarrativeStep({ section }: Props) {
  const { getValues } = useFormContext<Report>();
  const [reference] = useState(() => lastYearText(getValues(), section.id));
  return (
    <NarrativeField
      name={`text.${section.id}`}
      label={`${section.heading}的正文`}
      requirement={section.requirement}
      minRows={10}
      reference={reference}
    />
  );
}
