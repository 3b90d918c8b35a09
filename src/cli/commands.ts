import { importCommand } from './importCommand.ts';
import { ledgerCommand } from './ledgerCommand.ts';
import { exportCommand } from './exportCommand.ts';
import { newCommand } from './newCommand.ts';
import { reviewCommand } from './reviewCommand.ts';
import { schemaCommand } from './schemaCommand.ts';
import { validateCommand, type Output } from './validateCommand.ts';

export type Command = (argv: readonly string[], output: Output) => Promise<number>;

/** One handler per sub-command; import and export register theirs here. */
export const commands: Record<string, Command> = {
  validate: validateCommand,
  new: newCommand,
  export: exportCommand,
  import: importCommand,
  review: reviewCommand,
  ledger: ledgerCommand,
  schema: schemaCommand,
};
