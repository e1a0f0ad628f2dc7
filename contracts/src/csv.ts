// RFC 4180 fields of one CSV record: the upload format's one splitter, for the SDK that reads a
// party's file and the service that reads the upload.

/** The fields of one record, or undefined when a quote is not closed or is followed by text. */
export function csvFields(record: string): string[] | undefined {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (record.charCodeAt(i) === 0x22) {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = record.indexOf('"', j);
        if (q < 0) return undefined;
        value += record.slice(j, q);
        if (record.charCodeAt(q + 1) === 0x22) {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      fields.push(value);
      if (i === record.length) return fields;
      if (record.charCodeAt(i) !== 0x2c) return undefined;
      i++;
    } else {
      const comma = record.indexOf(',', i);
      const stop = comma < 0 ? record.length : comma;
      const value = record.slice(i, stop);
      if (value.includes('"')) return undefined;
      fields.push(value);
      if (comma < 0) return fields;
      i = comma + 1;
    }
  }
}
