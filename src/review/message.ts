// Why: MIME is decoded by postal-mime (RFC 2047 names, charsets, quoted-printable, multipart);
// this module turns its result into plain MailMessage data and reports what a reviewer would
// otherwise silently lose: missing headers, a truncated header block, undecodable text, binary parts.
import PostalMime from 'postal-mime';
import type { RawMail } from './mbox';
import { diag, type Diagnostic, type MailAddress, type MailMessage } from './types';

function addr(a: { name?: string; address?: string; group?: unknown[] } | undefined): MailAddress {
  return { name: a?.name ?? '', address: a?.address ?? '' };
}

function addrs(list: Array<{ name?: string; address?: string }> | undefined): MailAddress[] {
  return (list ?? []).map(addr);
}

/** Message-IDs in a References/In-Reply-To header value, angle brackets kept. */
export function messageIds(value: string | undefined): string[] {
  return value ? (value.match(/<[^<>\s]+>/g) ?? []) : [];
}

const HEADER = /^[!-9;-~]+:/;
/** Lines web archives print below a mail (lists.openwall.net / blists, lore, marc, mail-archive). */
const ARCHIVE_FOOTER = /^\s*(Powered by (blists|Openwall|OpenVZ|public-inbox)\b.*|permalink raw reply\b.*|Thread overview: .*|\[<prev\] \[next>\].*|Privacy Policy.*)$/i;
const KNOWN = /^(message-id|date|from|to|cc|subject|in-reply-to|references):/i;

/** A mail saved from a web archive has page text above its headers: where the headers start. */
function headerStart(lines: string[]): number {
  for (let k = 0; k < lines.length; k++) {
    let n = 0;
    for (let j = k; j < lines.length && lines[j] !== '' && (HEADER.test(lines[j]) || /^[ \t]/.test(lines[j])); j++) if (KNOWN.test(lines[j])) n++;
    if (n >= 3) return k;
  }
  return -1;
}

export async function parseMessage(raw: RawMail): Promise<{ message?: MailMessage; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  let lines = raw.text.split('\n');
  if (!HEADER.test(lines[0] ?? '')) {
    const k = headerStart(lines);
    if (k > 0) {
      diagnostics.push(diag(raw.file, raw.line, 1, `the mail's headers start at line ${raw.line + k}; the ${k} line(s) above are no mail (a web archive page?) and are skipped`, 'warning'));
      lines = lines.slice(k);
      // The page's footer below the mail goes too (the archive's own lines, not the author's).
      let end = lines.length;
      while (end > 0 && (lines[end - 1].trim() === '' || ARCHIVE_FOOTER.test(lines[end - 1]))) end--;
      const cut = lines.slice(end).filter((l) => l.trim() !== '').length;
      if (cut) {
        diagnostics.push(diag(raw.file, raw.line + k + end, 1, `the ${cut} line(s) below the mail are the archive page's footer and are skipped`, 'warning'));
        lines = lines.slice(0, end);
      }
      raw = { ...raw, text: lines.join('\n') + '\n', line: raw.line + k };
    }
  }
  const blank = lines.findIndex((l) => l === '' || l === '\r');
  if (blank < 0) {
    diagnostics.push(diag(raw.file, raw.line, 1, 'truncated mail: the header block has no end (no blank line before a body)'));
  }
  if (!HEADER.test(lines[0] ?? '')) {
    diagnostics.push(diag(raw.file, raw.line, 1, `not a mail header: '${(lines[0] ?? '').slice(0, 40)}'`));
    return { diagnostics };
  }
  let email;
  try {
    email = await PostalMime.parse(raw.text, { attachmentEncoding: 'arraybuffer' });
  } catch (e) {
    diagnostics.push(diag(raw.file, raw.line, 1, `cannot decode the mail: ${(e as Error).message}`));
    return { diagnostics };
  }
  const bodyLine = raw.line + (blank < 0 ? lines.length : blank + 1);
  const body = (email.text ?? '').replace(/\r\n/g, '\n');
  if (!email.messageId) diagnostics.push(diag(raw.file, raw.line, 1, 'mail has no Message-ID header', 'warning'));
  if (!email.from) diagnostics.push(diag(raw.file, raw.line, 1, 'mail has no From header', 'warning'));
  const bad = body.indexOf('\uFFFD');
  if (bad >= 0) {
    const before = body.slice(0, bad).split('\n');
    diagnostics.push(diag(raw.file, bodyLine + before.length - 1, before[before.length - 1].length + 1,
      'text that does not decode in the declared charset (shown as U+FFFD); check the Content-Type charset', 'warning'));
  }
  if (email.text === undefined && email.html !== undefined) {
    diagnostics.push(diag(raw.file, raw.line, 1, 'HTML-only mail: kernel lists take plain text; no text part to review', 'warning'));
  }
  for (const a of email.attachments ?? []) {
    diagnostics.push(diag(raw.file, raw.line, 1,
      `attachment '${a.filename ?? '(unnamed)'}' (${a.mimeType}) is not reviewed: patches are read from the plain-text body`, 'warning'));
  }
  const message: MailMessage = {
    messageId: email.messageId ?? `<no-id-${raw.file}-${raw.line}>`,
    inReplyTo: messageIds(email.inReplyTo)[0],
    references: messageIds(email.references),
    from: addr(email.from as { name?: string; address?: string }),
    to: addrs(email.to as Array<{ name?: string; address?: string }>),
    cc: addrs(email.cc as Array<{ name?: string; address?: string }>),
    date: email.date,
    subject: email.subject ?? '',
    body,
    file: raw.file,
    line: raw.line,
    bodyLine,
  };
  return { message, diagnostics };
}
