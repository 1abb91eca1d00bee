// Ends a command once its output is out. A pipe (`report --json | jq`) takes output in chunks,
// and process.exit straight after a large write would cut off what the pipe has not taken yet.

export function exitAfterOutput(code: number): void {
  process.exitCode = code;
  let pending = 2;
  const done = (): void => {
    if (--pending === 0) process.exit(code);
  };
  // A write's callback runs once it and every write before it are flushed.
  process.stdout.write("", done);
  process.stderr.write("", done);
}
