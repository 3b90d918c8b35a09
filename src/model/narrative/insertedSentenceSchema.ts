import { z } from 'zod';

/**
 * meta.insertedSentences (free): the sentences the product put into a narrative part, as inserted — the
 * part's path (`field`), the generator's id (`id`, draftSentences.ts) and the exact words (`text`). Only a
 * sentence recorded here, and only while the part still holds these words unchanged, is a generated one.
 */
export const insertedSentenceSchema = z.looseObject({
  field: z.string(),
  id: z.string(),
  text: z.string(),
});

export const insertedSentencesSchema = z.array(insertedSentenceSchema);

export type InsertedSentence = z.infer<typeof insertedSentenceSchema>;
