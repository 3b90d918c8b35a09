import { createContext, useContext } from 'react';
import type { GridApi } from './gridApi.ts';

export const GridApiContext = createContext<GridApi | null>(null);

export function useGridApi(): GridApi {
  const api = useContext(GridApiContext);
  if (!api) throw new Error('grid cells must be inside <TableGrid>');
  return api;
}
