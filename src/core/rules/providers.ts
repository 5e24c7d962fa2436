/**
 * The receiving providers' own wording: large mailbox providers answer with messages of their
 * own whose meaning is sharper than the status code they attach. A rule applies when the remote
 * host or the text names the provider's domain.
 */
import type { Reason } from '../types.js';

export interface ProviderRule {
  readonly name: string;
  /** Lowercase substrings of the remote host or diagnostic that identify the provider. */
  readonly hosts: readonly string[];
  readonly phrases: readonly { readonly phrase: string; readonly reason: Reason; readonly status?: string }[];
}

export const providerRules: readonly ProviderRule[] = [];
