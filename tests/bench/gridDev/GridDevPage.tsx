// Development page, not product code (npm run dev, then /tests/bench/gridDev/index.html): the three grids
// alone, to try them by hand and to time keystrokes without the rest of the app. Not part of the app build.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FormProvider, useForm, type DefaultValues } from 'react-hook-form';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import { defaultReportYear } from '../../../src/model/reportYear.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { countVerdicts, describeCounts } from '../../../src/model/verdict.ts';
import { createFindingsStore } from '../../../src/ui/findings/findingsStore.ts';
import { FindingsProvider, useAllFindings } from '../../../src/ui/findings/FindingsContext.tsx';
import { TableGrid } from '../../../src/ui/grid/TableGrid.tsx';

function FindingCount() {
  const findings = useAllFindings();
  return <p>{describeCounts(countVerdicts(findings)) || '没有发现问题'}</p>;
}

function BareInput() {
  const [value, setValue] = useState('');
  return <input data-bench="bare" aria-label="对照输入框" placeholder="对照输入框" value={value} onChange={(event) => setValue(event.target.value)} />;
}

function GridDevPage() {
  const form = useForm<Report>({ defaultValues: emptyReport({ year: defaultReportYear(), agency: '示例县交通运输局' }) as DefaultValues<Report> });
  const [store] = useState(createFindingsStore);
  useEffect(() => store.recompute(form.getValues()), [form, store]);
  return (
    <FormProvider {...form}>
      <FindingsProvider store={store}>
        <main style={{ padding: '1rem', fontFamily: 'sans-serif' }}>
          <BareInput />
          <FindingCount />
          <TableGrid table="requests" />
          <TableGrid table="active" />
          <TableGrid table="appeals" />
        </main>
      </FindingsProvider>
    </FormProvider>
  );
}

const root = document.getElementById('root');
// ?bare: the control input alone, the floor a keystroke in the grid is compared with.
const bareOnly = new URLSearchParams(location.search).has('bare');
if (root) createRoot(root).render(<StrictMode>{bareOnly ? <BareInput /> : <GridDevPage />}</StrictMode>);
