import { describe, expect, it } from 'vitest';
import { findCodePairs, findReply, findStatus, findStatuses, isGenericStatus, isRealStatus, pickStatus } from '../../src/core/parse/codes.js';

describe('findStatus', () => {
  it.each([
    ['550 5.1.1 <a@b>: Recipient address rejected', '5.1.1'],
    ['550-5.7.26 Unauthenticated email', '5.7.26'],
    ['Sorry, no mailbox here by that name. (#5.1.1)', '5.1.1'],
    ['452 4.2.2 The email account that you tried to reach is over quota', '4.2.2'],
    ['550 5.1.351 Remote server returned unknown recipient', '5.1.351'],
    ['5.01.001 padded', '5.1.1'],
  ])('%s -> %s', (text, want) => expect(findStatus(text)).toBe(want));

  it('ignores IP addresses and version numbers', () => {
    expect(findStatus('host 192.5.1.1 said no')).toBe('');
    expect(findStatus('Exim 4.5.1.2')).toBe('');
    expect(findStatus('1.5.1.1')).toBe('');
  });

  it('lists every code in order', () => {
    expect(findStatuses('5.1.0 - Unknown address error 550-5.7.1 denied')).toEqual(['5.1.0', '5.7.1']);
  });
});

describe('findReply', () => {
  it.each([
    ['550 5.1.1 User unknown', '550'],
    ['host mx.example.jp [192.0.2.1]: 421 try later', '421'],
    ['550-Rejected', '550'],
    ['Connection timed out after 5500 ms', ''],
    ['id 550.2 ok', ''],
  ])('%s -> %s', (text, want) => expect(findReply(text)).toBe(want));
});

describe('findCodePairs', () => {
  it('pairs a reply code with the status written right after it', () => {
    expect(findCodePairs('550 5.1.1 <a@b>... unknown')).toEqual([{ reply: '550', status: '5.1.1' }]);
    expect(findCodePairs("5.1.0 - Unknown address error 550-'5.7.1 <x@y>... Access denied")).toEqual([{ reply: '550', status: '5.7.1' }]);
    expect(findCodePairs('550 #5.1.0 Address rejected.')).toEqual([{ reply: '550', status: '5.1.0' }]);
    expect(findCodePairs('554 [5.7.1] refused')).toEqual([{ reply: '554', status: '5.7.1' }]);
  });
  it('finds nothing in a status without a reply code', () => {
    expect(findCodePairs('Status: 5.1.1')).toEqual([]);
  });
});

describe('pickStatus', () => {
  it("prefers the remote server's own code over a relay's coarser Status field", () => {
    expect(pickStatus('5.0.0', '550 5.1.1 <a@b>... User Unknown').status).toBe('5.1.1');
    expect(pickStatus('5.1.1', '550 5.7.1 IP address blacklisted by recipient').status).toBe('5.7.1');
  });
  it('keeps the server code even when it is generic', () => {
    expect(pickStatus('5.1.1', '550 5.0.0 <a@b>... User unknown').status).toBe('5.0.0');
  });
  it('takes the last failure of a transcript, skipping successes', () => {
    const t = 'In: RCPT TO:<a@b> Out: 250 2.1.5 Ok In: DATA Out: 354 End data Out: 451 4.3.0 Error: queue file write error';
    expect(pickStatus('', t)).toEqual({ status: '4.3.0', reply: '451' });
    expect(pickStatus('4.4.7', '554 4.4.7 Message expired <421 4.4.2 Connection timed out>').status).toBe('4.4.2');
  });
  it('uses the Status field when the server wrote no code after its reply', () => {
    expect(pickStatus('5.1.2', '550 Host unknown')).toEqual({ status: '5.1.2', reply: '550' });
  });
  it('reads the context (a transcript) only when the DSN status says nothing specific', () => {
    expect(pickStatus('5.0.0', '255', '554 5.3.0 unknown mailer error 255').status).toBe('5.3.0');
    expect(pickStatus('5.5.0', '554 not accepting', '421 4.7.0 too many errors').status).toBe('5.5.0');
  });
  it('falls back to a bare status in the words, then to the field', () => {
    expect(pickStatus('', 'Sorry, no mailbox here by that name. (#5.1.1)').status).toBe('5.1.1');
    expect(pickStatus('5.0.0', 'no code here').status).toBe('5.0.0');
    expect(pickStatus('', '')).toEqual({ status: '', reply: '' });
  });
});

describe('status helpers', () => {
  it('generic and real codes', () => {
    expect(isGenericStatus('5.0.0')).toBe(true);
    expect(isGenericStatus('5.1.1')).toBe(false);
    expect(isRealStatus('5.0.910')).toBe(false);
    expect(isRealStatus('5.7.26')).toBe(true);
  });
});
