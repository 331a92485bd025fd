import "server-only";
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { stringify } from "csv-stringify";
import type { ExportSource } from "./export-sources";
import { readExportRows, type ExportReader } from "./read-export-rows";

async function write(stream: WriteStream | ReturnType<typeof stringify>, chunk: unknown): Promise<void> {
  if (!stream.write(chunk)) await once(stream, "drain");
}

/**
 * Streams one table's rows into a JSON file (an array of objects, as Postgres renders them) and a CSV file
 * (one column per exported column; nested values as JSON; formulas escaped so a spreadsheet never runs a
 * value). Returns the number of rows.
 */
export async function writeTableFiles(
  read: ExportReader,
  source: ExportSource,
  paths: { json: string; csv: string },
): Promise<number> {
  const json = createWriteStream(paths.json);
  const csvFile = createWriteStream(paths.csv);
  const csv = stringify({
    header: true,
    columns: source.columns,
    escape_formulas: true,
    cast: { object: (value) => JSON.stringify(value), boolean: (value) => String(value) },
  });
  csv.pipe(csvFile);
  let count = 0;
  await write(json, "[");
  for await (const page of readExportRows(read, source)) {
    for (const row of page) {
      await write(json, `${count === 0 ? "\n" : ",\n"}${JSON.stringify(row)}`);
      await write(csv, row);
      count++;
    }
  }
  await write(json, count === 0 ? "]\n" : "\n]\n");
  json.end();
  csv.end();
  await Promise.all([finished(json), finished(csvFile)]);
  return count;
}
