import { fenceAfter } from "../../src/core/code-fence";

describe("fenceAfter: what a line does to the fence it is in", () => {
  test.each<[string, string | null, string | null]>([
    ["```", null, "```"],
    ["~~~~ python", null, "~~~~"],
    ["   ```js", null, "```"],
    ["> ```", null, "```"],
    ["    ```", null, null],
    ["``` a`b", null, null],
    ["``", null, null],
    ["text", null, null],
    ["```", "```", null],
    ["````", "```", null],
    ["``", "```", "```"],
    ["~~~", "```", "```"],
    ["``` js", "```", "```"],
    ["```", "````", "````"],
    ["- [ ] a task", "```", "```"],
  ])("%j in %j -> %j", (line, open, after) => {
    expect(fenceAfter(line, open)).toBe(after);
  });
});
