// Ledger cells repeat (six applicant types, 21 results, a few hundred dates): each distinct text is read once.
const limit = 5000;

/** A pure function of one string or number, remembered for the last few thousand distinct inputs. */
export function memoText<Input extends string | number, Output>(read: (input: Input) => Output): (input: Input) => Output {
  const known = new Map<Input, Output>();
  return (input) => {
    if (known.has(input)) return known.get(input) as Output;
    const output = read(input);
    if (known.size >= limit) known.clear();
    known.set(input, output);
    return output;
  };
}
