import { createFindingsStoreWith } from '../../../src/ui/findings/findingsStoreCore.ts';
import { lazyTextChecks, loadTextChecks } from '../../../src/ui/findings/lazyTextChecks.ts';
import { validateText } from '../../../src/model/validateReport.ts';
import { reportWith } from '../../fixtures/buildReport.ts';

describe('lazyTextChecks', () => {
  const report = { ...reportWith({ 'tables.requests.received.natural': 3 }), meta: { ...reportWith({}).meta, agency: '' } };

  it('reports nothing until the checks have loaded, then exactly what validateText says', async () => {
    const store = createFindingsStoreWith(lazyTextChecks);
    store.recompute(report);
    expect(store.getAll().some((f) => f.rule === 'required-field')).toBe(false);
    const tableFindings = store.getAll().length;
    await loadTextChecks();
    store.recompute(report);
    expect(store.getAll().filter((f) => f.rule === 'required-field')).toHaveLength(1);
    expect(store.getAll().length).toBe(tableFindings + validateText(report).length);
  });
});
