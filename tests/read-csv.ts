// A strict RFC 4180 reader for the tests: what the CSV export writes must read back exactly.

/** The byte order mark the export starts with; throws when it is missing. */
export function withoutBom(text: string): string {
  if (!text.startsWith("\uFEFF")) throw new Error("no byte order mark");
  return text.slice(1);
}

/** A strict RFC 4180 reader: quoted or bare fields, CRLF rows; throws on anything malformed. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const row: string[] = [];
    for (;;) {
      let cell = "";
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error("unclosed quote");
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          cell += text[i];
          i++;
        }
      } else {
        while (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
          if (text[i] === '"') throw new Error("quote inside a bare field");
          cell += text[i];
          i++;
        }
      }
      row.push(cell);
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text.startsWith("\r\n", i)) {
        i += 2;
        break;
      }
      throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
    }
    rows.push(row);
  }
  return rows;
}
