// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.ts';
import { withoutPrematureFindings } from '../../../src/ui/wizard/sentenceInProgress.ts';

const tooShort = { rule: 'narrative-empty-part', severity: 'warning', message: '“五、存在的主要问题及改进情况”只有“本年度”，内容过短', cells: ['text.problems'] } as Finding;
const other = { rule: 'narrative-year', severity: 'warning', message: '统计期限不是本年度', cells: ['text.problems'] } as Finding;

function field(value: string, focused: boolean): HTMLTextAreaElement {
  document.body.innerHTML = '<textarea data-field="text.problems"></textarea><button>x</button>';
  const element = document.querySelector('textarea')!;
  element.value = value;
  if (focused) element.focus();
  else document.querySelector('button')!.focus();
  return element;
}

describe('内容过短 waits while the first sentence is typed', () => {
  it('is held back while 五 has the focus and no sentence is finished', () => {
    field('本年度我局在依申请公开方面', true);
    expect(withoutPrematureFindings([tooShort, other])).toEqual([other]);
  });

  it('shows once the first sentence has its full stop, or once the clerk leaves the field', () => {
    field('本年度问题较少。', true);
    expect(withoutPrematureFindings([tooShort, other])).toEqual([tooShort, other]);
    field('本年度我局在依申请公开方面', false);
    expect(withoutPrematureFindings([tooShort, other])).toEqual([tooShort, other]);
  });

  it('keeps the same list when nothing is held back', () => {
    field('', false);
    const findings = [other];
    expect(withoutPrematureFindings(findings)).toBe(findings);
  });
});
