import { describe, expect, it } from 'vitest';
import { insertAtCursor } from '../../../src/ui/narrative/insertAtCursor.ts';

describe('insertAtCursor', () => {
  it('inserts at the cursor and puts the cursor after the insertion', () => {
    expect(insertAtCursor('甲丙', 1, 1, '乙')).toEqual({ value: '甲乙丙', cursor: 2 });
  });
  it('replaces the selection', () => {
    expect(insertAtCursor('甲XX丙', 1, 3, '乙')).toEqual({ value: '甲乙丙', cursor: 2 });
  });
  it('clamps a stale selection to the text', () => {
    expect(insertAtCursor('甲', 5, 9, '乙')).toEqual({ value: '甲乙', cursor: 2 });
  });
});
