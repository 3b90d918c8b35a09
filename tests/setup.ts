// Shared test setup: DOM matchers for component tests (harmless in node tests).
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// waitFor / findBy wait up to 5 s (the library's default is 1 s): on a loaded 2-core CI machine a lazily
// loaded chunk plus the checks' pause can take longer. A waitFor that succeeds returns at once either way.
configure({ asyncUtilTimeout: 5000 });
