/** The stem of a corpus file: its name without folder and .eml/.txt extension. */
export declare const stemOf: (file: string) => string;
/** True when these eml bytes put their message in the validation slice (sha1 as a number % 5 == 0). */
export declare function inValidationSlice(emlBytes: Uint8Array): boolean;
/** The stems of the validation slice, given the sisimai-dev folder (the one holding eml/). */
export declare function validationStems(devDir: string): Set<string>;
