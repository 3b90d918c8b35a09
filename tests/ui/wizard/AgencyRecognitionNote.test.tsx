// @vitest-environment jsdom
import { render, waitFor } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { FormProvider, useForm, useFormContext, type DefaultValues } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { AgencyRecognitionNote } from '../../../src/ui/wizard/AgencyRecognition.tsx';

/** Writes the rest of the name in the gap between the note's first render and its subscription to the form. */
function TypesOnDuringMount() {
  const { setValue } = useFormContext<Report>();
  useLayoutEffect(() => setValue('meta.agency', '湖州市人民政府'), [setValue]);
  return null;
}

function Harness() {
  const form = useForm<Report>({ defaultValues: emptyReport({ year: 2025, agency: '湖州市人民' }) as DefaultValues<Report> });
  return (
    <FormProvider {...form}>
      {/* Before the note: its layout effect runs first, after the note rendered, before the note subscribes. */}
      <TypesOnDuringMount />
      <AgencyRecognitionNote />
    </FormProvider>
  );
}

describe('AgencyRecognitionNote mounted while the clerk types', () => {
  it('describes the name as it is now, not as it was when the note first rendered', async () => {
    render(<Harness />);
    await waitFor(() => expect(document.querySelector('.agency-recognition')?.textContent).toContain('识别为：设区的市人民政府'));
  });
});
