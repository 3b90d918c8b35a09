/** Progress of a long review on stderr: a bar on a terminal, a line at each quarter otherwise. */
export function reviewProgress(total: number, stream: NodeJS.WriteStream = process.stderr): { step: (done: number) => void; end: () => void } {
  const terminal = stream.isTTY === true;
  const quiet = total < 50;
  let lastQuarter = 0;
  return {
    step(done) {
      if (quiet) return;
      if (terminal) {
        const width = 30;
        const filled = Math.round((done / total) * width);
        stream.write(`\r审查中 [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
        return;
      }
      const quarter = Math.floor((done / total) * 4);
      if (quarter > lastQuarter && done < total) {
        lastQuarter = quarter;
        stream.write(`已读取 ${done} / ${total} 份\n`);
      }
    },
    end() {
      if (!quiet && terminal) stream.write('\n');
    },
  };
}
