/**
 * The remote host a notice's words name: the one reader for it (the reporters' and classify's).
 * Every regex here is linear.
 */

// With its address, as MTAs write the server they talked to: Postfix "host mx.example.org[192.0.2.1]
// said:", "connect to mx.example.org[192.0.2.1]:25:", "lost connection with mx.example.org[192.0.2.1]";
// Exim "host mx.example.jp [192.0.2.20]: 550 ...", "host: smtp-in.orange.fr (193.252.22.65)";
// Sendmail "... while talking to mx.example.org. [192.0.2.1]".
const hostWithAddressRe = /(?:\bhost:?|connect to|connection with|talking to)\s+([a-z0-9][\w.-]{0,250})\s?[[(][\da-f.:]{3,45}[\])]/i;

// A name alone after the words that introduce one: "Remote-MTA: dns; mx.example.org", "by
// mx.example.org", "server mx.example.org", "MX mx.example.org".
const hostNamedRe = /(?:host|server|mx|remote-mta:|by)\s+\[?([a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,24})\]?/i;

/**
 * The host `text` names with its address, or '' (`named`: else a host name the words introduce,
 * a weaker sign, read where nothing better says which server answered).
 */
export function hostIn(text: string, named = false): string {
  const m = hostWithAddressRe.exec(text);
  if (m) return m[1]!.replace(/\.$/, '');
  return named ? (hostNamedRe.exec(text)?.[1] ?? '') : '';
}
