/**
 * The notice formats whybounce reads, most specific first. The generic reader
 * (reporters/generic.ts) takes whatever none of these claims.
 */
import type { Reporter } from './types.js';

export const reporters: readonly Reporter[] = [];
