import type { Report } from '../model/reportSchema.ts';

/** Reads one kind of report file (by extension) from its bytes; throws an Error with a one-line reason. */
export type FileReader = (file: string, bytes: Buffer) => Promise<Report>;
