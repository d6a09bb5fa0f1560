// Why: kernel mail arrives as mboxo/mboxrd files (lore, b4 mbox), single .eml files and git
// format-patch output; all are split here into raw messages with the file line each starts at.
// mboxrd escapes body lines matching /^>*From / with one more '>', which is undone on reading.

export interface RawMail { text: string; file: string; line: number }

const FROM_LINE = /^From \S+ +\S+ \S+ +\d+ \d\d:\d\d:\d\d \d{4}\s*$|^From \S+@\S+ /;

/** True when the text starts with an mbox `From ` separator (format-patch files do). */
export function isMbox(text: string): boolean {
  const first = text.split('\n', 1)[0].replace(/\r$/, '');
  return FROM_LINE.test(first) || /^From [0-9a-f]{40} /.test(first);
}

/** Split an mbox (or return the single message of an .eml); `>From` escapes are undone. */
export function splitMbox(text: string, file: string): RawMail[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (!isMbox(text)) return [{ text: lines.join('\n'), file, line: 1 }];
  const out: RawMail[] = [];
  let cur: string[] | undefined;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const prevBlank = i === 0 || lines[i - 1] === '';
    if (prevBlank && l.startsWith('From ') && (FROM_LINE.test(l) || /^From [0-9a-f]{40} /.test(l))) {
      if (cur) out.push({ text: cur.join('\n'), file, line: start });
      cur = [];
      start = i + 2;
      continue;
    }
    if (!cur) continue;
    cur.push(/^>+From /.test(l) ? l.slice(1) : l);
  }
  if (cur) out.push({ text: cur.join('\n'), file, line: start });
  return out;
}
