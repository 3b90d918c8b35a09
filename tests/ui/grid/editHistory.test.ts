import { describe, expect, it } from 'vitest';
import { emptyHistory, recordStep, redoStep, undoStep } from '../../../src/ui/grid/editHistory.ts';
import type { CellPath } from '../../../src/template/cellPathType.ts';

// Two cells of table 三.
const a: CellPath = 'tables.requests.received.natural';
const b: CellPath = 'tables.requests.received.commercial';

describe('edit history', () => {
  it('undoes and redoes whole steps, last first', () => {
    let history = recordStep(emptyHistory, [{ path: a, before: null, after: 1 }]);
    history = recordStep(history, [{ path: a, before: 1, after: 2 }, { path: b, before: null, after: 3 }]);
    const undone = undoStep(history);
    expect(undone?.step).toHaveLength(2);
    const again = undoStep(undone!.history);
    expect(again?.step).toEqual([{ path: a, before: null, after: 1 }]);
    expect(undoStep(again!.history)).toBeUndefined();
    const redone = redoStep(again!.history);
    expect(redone?.step).toEqual([{ path: a, before: null, after: 1 }]);
  });

  it('drops edits that change nothing, and a new step clears redo', () => {
    expect(recordStep(emptyHistory, [{ path: a, before: 1, after: 1 }])).toBe(emptyHistory);
    const one = recordStep(emptyHistory, [{ path: a, before: null, after: 1 }]);
    const undone = undoStep(one)!.history;
    expect(redoStep(recordStep(undone, [{ path: b, before: null, after: 2 }]))).toBeUndefined();
  });
});
