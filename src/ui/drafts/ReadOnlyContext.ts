import { createContext } from 'react';

/**
 * Whether this tab only shows the open draft (another tab edits it, or a newer save was refused). The clerk
 * can still browse every step and read every finding; what would change the draft is disabled.
 */
export const ReadOnlyContext = createContext(false);
