// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormProvider, useForm, type DefaultValues } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { BasicsStep } from '../../../src/ui/wizard/BasicsStep.tsx';

let latest: (() => Report) | undefined;

function Harness({ report }: { report: Report }) {
  const form = useForm<Report>({ defaultValues: report as DefaultValues<Report> });
  latest = () => form.getValues();
  return (
    <FormProvider {...form}>
      <BasicsStep />
    </FormProvider>
  );
}

const setup = (report: Report = emptyReport({ year: 2025, agency: '' })) => {
  render(<Harness report={report} />);
  return userEvent.setup();
};
const agencyInput = () => document.querySelector<HTMLInputElement>('[data-field="meta.agency"]') as HTMLInputElement;
const kindRadio = (kind: string) => document.querySelector<HTMLInputElement>(`[data-field="meta.agencyKind"] input[value="${kind}"]`) as HTMLInputElement;
const regulationsBox = () => document.querySelector<HTMLInputElement>('[data-field="meta.canMakeRegulations"]') as HTMLInputElement;

describe('基本信息: who the agency is', () => {
  it('recognises a city government from the name written, shows it, and sets the kind and the 规章 box', { timeout: 30000 }, async () => {
    const user = setup();
    await user.type(agencyInput(), '湖州市人民政府');
    await user.tab();
    // the first test also waits for the division names' chunk to load (slow under vitest's transform)
    // the radio may already read 人民政府 from the empty report's default: wait for the recognition itself
    await waitFor(() => expect(document.querySelector('.agency-recognition')?.textContent ?? '').toContain('识别为：设区的市人民政府，可制定规章'), { timeout: 20000 });
    expect(kindRadio('government').checked).toBe(true);
    expect(regulationsBox().checked).toBe(true);
    expect(latest?.().meta).toMatchObject({ agencyKind: 'government', canMakeRegulations: true, agencyLevel: 'city' });
  });

  it('reads a county-level 中心 as other, and lets the clerk change the kind, then go back to the recognition', async () => {
    const user = setup();
    await user.type(agencyInput(), '石首市河道管理服务中心');
    await user.tab();
    await waitFor(() => expect(kindRadio('other').checked).toBe(true));
    expect(regulationsBox().checked).toBe(false);
    await user.click(kindRadio('department'));
    expect(kindRadio('department').checked).toBe(true);
    expect(document.querySelector('.agency-recognition')?.textContent).toContain('以您的选择为准');
    await user.click(screen.getByRole('button', { name: '按识别结果设置' }));
    expect(kindRadio('other').checked).toBe(true);
  });

  it('leaves an opened draft\'s own settings alone until the name is changed', async () => {
    const saved: Report = { ...emptyReport({ year: 2025, agency: '湖州市人民政府' }), meta: { agency: '湖州市人民政府', year: 2025, issuedOn: null, agencyKind: 'department' } };
    const user = setup(saved);
    await waitFor(() => expect(document.querySelector('.agency-recognition')?.textContent).toContain('设区的市人民政府'));
    expect(kindRadio('department').checked).toBe(true);
    await user.click(agencyInput());
    await user.tab();
    expect(kindRadio('department').checked).toBe(true);
  });
});
