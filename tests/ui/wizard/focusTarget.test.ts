// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { focusWhenReady } from '../../../src/ui/wizard/focusTarget.ts';

const frames = (n: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
});

describe('focusWhenReady', () => {
  beforeEach(() => {
    Element.prototype.scrollIntoView = () => undefined;
    document.body.innerHTML = `
      <h2 id="step-heading" tabindex="-1">基本信息</h2>
      <input data-cell="tables.requests.received.natural" aria-label="一 自然人">
      <div role="radiogroup" data-field="meta.agencyKind"><input type="radio" name="k" value="department"><input type="radio" name="k" value="government"></div>`;
  });

  it('focuses the cell named by the path', () => {
    focusWhenReady('tables.requests.received.natural');
    expect(document.activeElement?.getAttribute('data-cell')).toBe('tables.requests.received.natural');
  });

  it('passes focus from a group to its first control', () => {
    focusWhenReady('meta.agencyKind');
    expect((document.activeElement as HTMLInputElement).value).toBe('department');
  });

  it('waits for a field that mounts a frame later', async () => {
    focusWhenReady('text.problems');
    document.body.insertAdjacentHTML('beforeend', '<textarea data-field="text.problems"></textarea>');
    await frames(3);
    expect(document.activeElement?.getAttribute('data-field')).toBe('text.problems');
  });

  it('leaves focus on the step heading when the path has no field', async () => {
    focusWhenReady('text.overview', 2);
    await frames(4);
    expect(document.activeElement?.id).toBe('step-heading');
  });
});
