/**
 * Several files at once in the popup: the digest table of the extension's digest page, read
 * here (the same code, src/digest/files.ts). The popup is small; the digest page has room.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../src/content/i18n.js';
import { runFileDigest } from '../src/digest/files.js';

export function FileDigest({ files, locale, t }: { files: readonly File[]; locale: string; t: Translate }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const digest = runFileDigest({ doc: document, files, container: box.current, t, locale });
    return () => {
      digest.cancel();
      digest.host.remove();
    };
  }, [files, locale, t]);
  return <div class="file-digest" data-testid="file-digest" ref={box} />;
}
