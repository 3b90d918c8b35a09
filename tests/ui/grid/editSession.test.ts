import { describe, expect, it } from 'vitest';
import { cellEvent, editingIn, enterCell, idleSession, inCell, selectingIn } from '../../../src/ui/grid/editSession.ts';

const a = 'tables.requests.received.natural';
const b = 'tables.requests.received.commercial';

describe('the editing session', () => {
  it('entering a cell selects its text; an edit puts the caret in it; Esc or a paste selects it again; leaving ends it', () => {
    const session = idleSession();
    expect(inCell(session, a)).toBe(false);
    enterCell(session, a, 5);
    expect([selectingIn(session, a), editingIn(session, a), session.before]).toEqual([true, false, 5]);
    cellEvent(session, 'edit', a);
    expect([selectingIn(session, a), editingIn(session, a)]).toEqual([false, true]);
    cellEvent(session, 'edit', a);
    expect(editingIn(session, a)).toBe(true);
    cellEvent(session, 'reselect', a);
    expect(selectingIn(session, a)).toBe(true);
    cellEvent(session, 'leave', a);
    expect([session.state, inCell(session, a)]).toEqual(['idle', false]);
  });

  it('an event about another cell changes nothing, and nothing but entering leaves idle', () => {
    const session = idleSession();
    cellEvent(session, 'edit', a);
    expect(session.state).toBe('idle');
    enterCell(session, a, null);
    cellEvent(session, 'edit', b);
    cellEvent(session, 'leave', b);
    expect(selectingIn(session, a)).toBe(true);
    cellEvent(session, 'edit', a);
    enterCell(session, b, 7);
    expect([selectingIn(session, b), inCell(session, a), session.before]).toEqual([true, false, 7]);
  });
});
