import type { CellValue } from '../../model/cellValue.ts';
import { afterNextFrame } from '../typing/afterNextFrame.ts';
import { writeCells, type FormAccess } from './formAccess.ts';
import type { CellPath } from '../../template/cellPathType.ts';

/**
 * Typed values waiting for the frame after the keystroke (the character shows first); every other
 * operation of the grid writes them first (`flush`).
 */
export type TypedValues = {
  pending: Map<CellPath, CellValue> | null;
  readonly flush: () => void;
};

export function createTypedValues(form: FormAccess): TypedValues {
  const typed: TypedValues = {
    pending: null,
    flush: () => {
      if (typed.pending === null) return;
      const writes = [...typed.pending].map(([path, value]) => ({ path, value }));
      typed.pending = null;
      writeCells(form, writes);
    },
  };
  return typed;
}

/** Holds a typed value until just after the next frame (a later one for the same cell replaces it). */
export function holdTyped(typed: TypedValues, path: CellPath, value: CellValue): void {
  if (typed.pending === null) {
    typed.pending = new Map();
    afterNextFrame(typed.flush);
  }
  typed.pending.set(path, value);
}
