// Why: a reply leaves mmstep as an .eml file that `git send-email` or a mail client sends as is,
// so its bytes must be a valid RFC 5322 / MIME message: names like "Jérôme Glisse" as RFC 2047
// encoded-words (headers are ASCII), the body as UTF-8 text sent 8bit (quoted-printable only when
// a line would exceed SMTP's 998 bytes), long headers folded, a unique Message-ID and an RFC 2822
// Date. Lines end in LF by default: git send-email and mail clients read LF files, and a file in a
// workspace stays readable; `crlf: true` gives the wire form.
import type { MailAddress } from './types';

/** A mail to write: the plain data renderReply builds (no encoding applied yet). */
export interface OutgoingMail {
  from: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  inReplyTo?: string;
  references: string[];
  /** The text/plain body, '\n'-separated. */
  body: string;
  /** Given: used as is; otherwise made from `opts.now`. */
  date?: Date;
  /** Given (angle brackets kept): used as is; otherwise generated. */
  messageId?: string;
}

export interface EmlOptions {
  /** Clock (tests inject a fixed time). */
  now?: () => Date;
  /** Random token for the Message-ID (tests inject a fixed one). */
  random?: () => string;
  /** CRLF line ends (the wire form); LF by default. */
  crlf?: boolean;
}

export interface EncodedMail {
  text: string;
  messageId: string;
  /** The Date header value. */
  date: string;
  transferEncoding: '8bit' | 'quoted-printable';
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** RFC 2822 date in UTC: `Wed, 02 Dec 2026 02:48:05 +0000`. */
export function rfc2822Date(d: Date): string {
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} `
    + `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

function randomToken(): string {
  let s = '';
  for (let i = 0; i < 12; i++) s += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 36)];
  return s;
}

/** `<20261202024805.mmstep.k3j2…@example.org>`: time + random at the sender's mail domain. */
export function makeMessageId(email: string, now: Date, random: string): string {
  const at = email.lastIndexOf('@');
  const domain = (at >= 0 ? email.slice(at + 1) : '').replace(/[^A-Za-z0-9.-]/g, '') || 'localhost';
  const t = `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
  return `<${t}.mmstep.${random.replace(/[^A-Za-z0-9.-]/g, '') || 'x'}@${domain}>`;
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);
/** Characters a Q encoded-word may carry literally inside a phrase (RFC 2047 5(3)). */
const Q_SAFE = /^[A-Za-z0-9!*+\-/]$/;

/** RFC 2047 Q encoded-words (UTF-8), each at most 75 characters, never splitting a character. */
export function encodeWords(text: string): string[] {
  const words: string[] = [];
  const head = '=?UTF-8?Q?', tail = '?=';
  let cur = '';
  for (const ch of text) {
    let enc: string;
    if (ch === ' ') enc = '_';
    else if (Q_SAFE.test(ch)) enc = ch;
    else enc = [...new TextEncoder().encode(ch)].map((b) => '=' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
    if (head.length + cur.length + enc.length + tail.length > 75) { words.push(head + cur + tail); cur = ''; }
    cur += enc;
  }
  words.push(head + cur + tail);
  return words;
}

/** A display name as a header phrase: atoms as is, specials quoted, non-ASCII encoded. */
function phrase(name: string): string {
  const clean = name.replace(/[\r\n]+/g, ' ').trim();
  if (!isAscii(clean)) return encodeWords(clean).join(' ');
  if (/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]*$/.test(clean)) return clean;
  return `"${clean.replace(/(["\\])/g, '\\$1')}"`;
}

export function encodeAddress(a: MailAddress): string {
  const address = a.address.replace(/[\s<>]/g, '');
  return a.name.trim() ? `${phrase(a.name)} <${address}>` : address;
}

/** How a person reads an address (no encoding): `Jérôme Glisse <jglisse@redhat.com>`. */
export function displayAddress(a: MailAddress): string {
  return a.name.trim() ? `${a.name.trim()} <${a.address}>` : a.address;
}

/** Fold a header at its separators so no line exceeds 78 characters where it can be helped. */
export function foldHeader(name: string, parts: string[], sep: string): string {
  const lines: string[] = [];
  let cur = `${name}:`;
  parts.forEach((p, i) => {
    const piece = p + (i < parts.length - 1 ? sep.trimEnd() : '');
    if (cur !== `${name}:` && cur.length + 1 + piece.length > 78) { lines.push(cur); cur = ''; }
    cur += ' ' + piece;
  });
  lines.push(cur);
  return lines.join('\n');
}

function unstructured(name: string, value: string): string {
  const v = value.replace(/[\r\n]+/g, ' ');
  if (isAscii(v)) return foldHeader(name, v.split(' '), ' ');
  // Encoded-words separated by folding white space; a leading ASCII part stays readable.
  const m = /^((?:[\x21-\x7e]+ )*)(.*)$/.exec(v)!;
  return foldHeader(name, [...m[1].split(' ').filter(Boolean), ...encodeWords(m[2])], ' ');
}

/** Quoted-printable (RFC 2045) of UTF-8 text, soft line breaks at 76; '\n' stays a hard break. */
export function quotedPrintable(text: string): string {
  return text.split('\n').map((line) => {
    const bytes = new TextEncoder().encode(line);
    let out = '', col = '';
    bytes.forEach((b, i) => {
      const last = i === bytes.length - 1;
      let e: string;
      if ((b >= 33 && b <= 126 && b !== 61) || (b === 32 && !last) || (b === 9 && !last)) e = String.fromCharCode(b);
      else e = '=' + b.toString(16).toUpperCase().padStart(2, '0');
      if (col.length + e.length > 75) { out += col + '=\n'; col = ''; }
      col += e;
    });
    return out + col;
  }).join('\n');
}

/** The .eml text of a mail. */
export function encodeEml(mail: OutgoingMail, opts: EmlOptions = {}): EncodedMail {
  const now = mail.date ?? (opts.now ? opts.now() : new Date());
  const messageId = mail.messageId ?? makeMessageId(mail.from.address, now, (opts.random ?? randomToken)());
  const date = rfc2822Date(now);
  const body = mail.body.endsWith('\n') ? mail.body : mail.body + '\n';
  const long = body.split('\n').some((l) => new TextEncoder().encode(l).length > 998);
  const transferEncoding = long ? 'quoted-printable' : '8bit';
  const h: string[] = [
    foldHeader('From', [encodeAddress(mail.from)], ', '),
    ...(mail.to.length ? [foldHeader('To', mail.to.map(encodeAddress), ', ')] : []),
    ...(mail.cc.length ? [foldHeader('Cc', mail.cc.map(encodeAddress), ', ')] : []),
    unstructured('Subject', mail.subject),
    `Date: ${date}`,
    `Message-ID: ${messageId}`,
    ...(mail.inReplyTo ? [`In-Reply-To: ${mail.inReplyTo}`] : []),
    ...(mail.references.length ? [foldHeader('References', mail.references, ' ')] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    `Content-Transfer-Encoding: ${transferEncoding}`,
  ];
  let text = h.join('\n') + '\n\n' + (long ? quotedPrintable(body.replace(/\n$/, '')) + '\n' : body);
  if (opts.crlf) text = text.replace(/\n/g, '\r\n');
  return { text, messageId, date, transferEncoding };
}
