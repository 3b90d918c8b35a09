/** Something the importer could not read or had to guess, shown to the clerk before anything is replaced. */
export type ImportNote = {
  /** 'warning': a value is missing or was guessed; 'info': how the input was read. */
  readonly level: 'warning' | 'info';
  /** Cell paths (tables.requests.received.natural) or text/meta paths the note is about; may be empty. */
  readonly paths: readonly string[];
  /** Plain Chinese, one sentence. */
  readonly message: string;
};
