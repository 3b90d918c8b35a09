// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/ui/App.tsx';
import { createMemoryDraftStore } from '../../../src/storage/memoryDraftStore.ts';

// Each spy calls the real component and counts how often React rendered it.
const { renders, counted } = vi.hoisted(() => {
  const renders = new Map<string, number>();
  const counted = <P extends object>(name: string, component: (props: P) => unknown) =>
    (props: P) => {
      renders.set(name, (renders.get(name) ?? 0) + 1);
      return component(props);
    };
  return { renders, counted };
});
vi.mock('../../../src/ui/wizard/Wizard.tsx', async (original) => {
  const module = await original<typeof import('../../../src/ui/wizard/Wizard.tsx')>();
  return { ...module, Wizard: counted('Wizard', module.Wizard) };
});
vi.mock('../../../src/ui/wizard/StepNav.tsx', async (original) => {
  const module = await original<typeof import('../../../src/ui/wizard/StepNav.tsx')>();
  return { ...module, StepNav: counted('StepNav', module.StepNav) };
});
vi.mock('../../../src/ui/wizard/FindingsPanel.tsx', async (original) => {
  const module = await original<typeof import('../../../src/ui/wizard/FindingsPanel.tsx')>();
  return { ...module, FindingsPanel: counted('FindingsPanel', module.FindingsPanel) };
});
vi.mock('../../../src/ui/grid/TableGrid.tsx', async (original) => {
  const module = await original<typeof import('../../../src/ui/grid/TableGrid.tsx')>();
  return { ...module, TableGrid: counted('TableGrid', module.TableGrid) };
});

describe('a keystroke in a cell', () => {
  it('re-renders neither the wizard nor the table; the panels catch up once after the pause', async () => {
    const user = userEvent.setup();
    render(<App store={createMemoryDraftStore()} />);
    await screen.findByRole('heading', { name: '基本信息' });
    await user.click(screen.getByRole('button', { name: /^三、收到和处理政府信息公开申请情况/ }));
    const cell = await waitFor(() => {
      const input = document.querySelector<HTMLInputElement>('[data-cell="tables.requests.received.natural"]');
      if (!input) throw new Error('grid not rendered yet');
      return input;
    }, { timeout: 10_000 }); // the grid's chunk loads lazily: slow on a loaded machine
    await new Promise((resolve) => setTimeout(resolve, 400));
    renders.clear();

    await user.click(cell);
    await user.keyboard('7');
    expect(cell.value).toBe('7');
    expect(renders.get('Wizard') ?? 0).toBe(0);
    expect(renders.get('TableGrid') ?? 0).toBe(0);

    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(renders.get('Wizard') ?? 0).toBe(0);
    expect(renders.get('TableGrid') ?? 0).toBe(0);
    // Badges and the findings list follow the new findings, batched into one update.
    expect(renders.get('StepNav') ?? 0).toBeGreaterThanOrEqual(1);
    expect(renders.get('StepNav') ?? 0).toBeLessThanOrEqual(2);
    expect(renders.get('FindingsPanel') ?? 0).toBeLessThanOrEqual(2);
  }, 30_000);
});
