import type { FormEvent } from 'react';

const preventSubmit = (event: FormEvent) => event.preventDefault();

/**
 * An empty, hidden form for one field to name in its `form` attribute (no box to lay out or paint). Chromium's
 * autofill re-reads a field's whole form after each keystroke; fields outside any form make one synthetic form
 * of the page's every control (≈ 8 ms per key at 4× with the 200 cells of the tables).
 */
export function OwnForm({ id }: { id: string }) {
  return <form id={id} hidden onSubmit={preventSubmit} />;
}
