// The validation slice of the dev corpus (issue 8): a fixed fifth of sisimai-dev that rules are
// never tuned on, so its figures estimate how the classifier does on mail nobody here has seen.
//
// Definition: a message is in the slice when the SHA-1 of the bytes of its eml/<stem>.eml file,
// read as one unsigned 160-bit big-endian integer, is divisible by 5. The text/<stem>.txt
// rendering of the same message goes with it (the slice is chosen by file stem, from the eml
// bytes only, so both modes split the same messages). The rest of the corpus is the tuning part.
// The split depends on nothing but the corpus files: it cannot move when the code changes.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The stem of a corpus file: its name without folder and .eml/.txt extension (as score.mjs matches). */
export const stemOf = (file) => basename(String(file)).replace(/\.(eml|txt)$/i, '');

/** True when these eml bytes put their message in the validation slice. */
export function inValidationSlice(emlBytes) {
  const hex = createHash('sha1').update(emlBytes).digest('hex');
  return BigInt(`0x${hex}`) % 5n === 0n;
}

/** The stems of the validation slice, given the sisimai-dev folder (the one holding eml/). */
export function validationStems(devDir) {
  const stems = new Set();
  for (const f of readdirSync(join(devDir, 'eml'))) {
    if (inValidationSlice(readFileSync(join(devDir, 'eml', f)))) stems.add(stemOf(f));
  }
  return stems;
}
