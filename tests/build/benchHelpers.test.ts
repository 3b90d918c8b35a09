import { describe, expect, it } from 'vitest';
import { costlyTableKeys, plainTableKeys } from '../bench/browser/keyPlans.ts';
import { moduleGroup, referencedByHtml } from '../bench/bundle/initialLoad.ts';
import { median, p95, quantile } from '../bench/stats.ts';
import { getCell, setCell } from '../../src/model/cellAccess.ts';
import { emptyReport } from '../../src/model/emptyReport.ts';
import { validateTables } from '../../src/model/validateReport.ts';
import { fullReport } from '../fixtures/fullReport.ts';

// The bench's own helpers: a wrong parse or plan would print wrong figures without failing.
describe('bench helpers', () => {
  it('reads the entry script, module preloads and stylesheets from a built index.html', () => {
    const html = `<head><script type="module" crossorigin src="./assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/schema-b.js"><link rel="icon" href="./favicon.svg">
      <link rel="stylesheet" crossorigin href="./assets/index-c.css"></head>`;
    expect(referencedByHtml(html)).toEqual({ scripts: ['assets/index-a.js', 'assets/schema-b.js'], styles: ['assets/index-c.css'] });
  });

  it('groups module ids by package or source layer', () => {
    expect(moduleGroup('/p/node_modules/react-dom/cjs/react-dom.production.js')).toBe('react-dom');
    expect(moduleGroup('/p/node_modules/@tanstack/table-core/build/index.js')).toBe('@tanstack/table-core');
    expect(moduleGroup('/p/src/model/sumRules.ts')).toBe('src/model');
  });

  it('takes median and p95 by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(median(values)).toBe(50);
    expect(p95(values)).toBe(95);
    expect(quantile([7], 0.95)).toBe(7);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('plans plain typing in table 三 that never makes a balance error', () => {
    let report = emptyReport({ year: 2025, agency: '' });
    const plan = plainTableKeys(report, 24);
    expect(plan).toHaveLength(24);
    for (const { cell, keys } of plan) {
      let typed = '';
      for (const { key } of keys) {
        typed += key;
        report = setCell(report, cell, Number(typed));
        expect(validateTables(report).filter((f) => f.severity === 'error'), `${cell} = ${typed}`).toEqual([]);
      }
    }
  });

  it('plans the costly path: "0" makes exactly the expected error anchors, Backspace clears them', () => {
    const plan = costlyTableKeys(fullReport, 3);
    const value = getCell(fullReport, plan.cell);
    expect(typeof value).toBe('number');
    const broken = validateTables(setCell(fullReport, plan.cell, Number(value) * 10)).filter((f) => f.severity === 'error');
    const anchors = new Set(broken.map((f) => f.cells[0]));
    expect(plan.keys.map((k) => k.key)).toEqual(['0', 'Backspace', '0', 'Backspace', '0', 'Backspace']);
    expect(plan.keys[0]?.expect?.count).toBe(anchors.size);
    expect(plan.keys[1]?.expect?.count).toBe(0);
    expect(validateTables(fullReport).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
