import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

// The floor for keystroke latency: one controlled input and nothing else, same React, same build settings.
function BareInput() {
  const [value, setValue] = useState('');
  return (
    <main>
      <label>
        数量 <input data-bench="bare" inputMode="numeric" autoComplete="off" value={value} onChange={(event) => setValue(event.target.value)} />
      </label>
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><BareInput /></StrictMode>);
