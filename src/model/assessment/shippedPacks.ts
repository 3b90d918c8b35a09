import exampleLicheng from './packs/example-licheng-2020.json' with { type: 'json' };
import exampleQuality from './packs/example-quality.json' with { type: 'json' };
import national from './packs/national-2021.json' with { type: 'json' };
import type { AssessmentPack } from './packSchema.ts';
import { readPack } from './readPack.ts';

/** spec §4: the packs the product ships, read through the same schema as any office's own pack. */
export const shippedPacks: readonly AssessmentPack[] = [national, exampleLicheng, exampleQuality].map((json) => {
  const read = readPack(json);
  if (!read.ok) throw new Error(read.error);
  return read.pack;
});

/** A shipped pack by its id. */
export const shippedPack = (id: string): AssessmentPack | undefined => shippedPacks.find((pack) => pack.id === id);
