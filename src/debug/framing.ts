// DAP framing over a byte stream (`Content-Length: N\r\n\r\n` + N bytes of JSON), robust to any
// byte sequence. @vscode/debugadapter's ProtocolServer trusts its input: a body that is not JSON,
// or is JSON `null`, raises an 'error' event on which DebugSession exits the process with code 0,
// a Content-Length that is too large swallows the following frames, and garbage before a header
// is never skipped. This reader reports every problem (with the request's seq and command when
// they can be read from the broken text, so the session can answer it) and resynchronises on the
// next `Content-Length:` header.

/** Something wrong with the input; `seq`/`command` when they could be recovered from the text. */
export interface FrameProblem {
  message: string;
  seq?: number;
  command?: string;
}

export interface FrameSink {
  message(msg: unknown): void;
  problem(p: FrameProblem): void;
}

const HEADER = 'content-length:';
const CRLF2 = '\r\n\r\n';
/** Larger bodies are refused (a DAP request is a few KB; a breakpoint list a few hundred). */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
const MAX_HEADER_BYTES = 8 * 1024;
/** A body still incomplete this long after the last byte arrived is taken as it is. */
const STALL_MS = 1000;
const SPLIT_SEARCH_BYTES = 256 * 1024;

function describeBytes(n: number): string {
  return `${n} byte${n === 1 ? '' : 's'}`;
}

/** The `seq` and `command` of a request whose text is not valid JSON, when they can be read. */
export function recoverIds(text: string): { seq?: number; command?: string } {
  const seq = /"seq"\s*:\s*(\d{1,15})/.exec(text);
  const command = /"command"\s*:\s*"([A-Za-z_$][\w$]{0,63})"/.exec(text);
  return {
    ...(seq ? { seq: Number(seq[1]) } : {}),
    ...(command ? { command: command[1] } : {}),
  };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; why: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    // JSON.parse's messages are about positions in text the user never saw: keep them short.
    const m = e instanceof Error ? /at position (\d+)/.exec(e.message) : null;
    return { ok: false, why: m ? `invalid JSON at byte ${m[1]}` : text.trim() === '' ? 'an empty body' : 'invalid JSON' };
  }
}

export class FrameReader {
  private buf: Buffer = Buffer.alloc(0);
  private contentLength = -1;
  private stall: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly sink: FrameSink) {}

  /** Bytes as they arrive from the stream. */
  push(data: Buffer | string): void {
    const chunk = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    this.drain();
  }

  /** The stream ended: whatever is left is reported. */
  end(): void {
    this.clearStall();
    if (this.contentLength >= 0) this.takeShortBody();
    else if (this.buf.toString('latin1').trim() !== '') this.garbage(this.buf.length);
    this.buf = Buffer.alloc(0);
  }

  dispose(): void {
    this.clearStall();
  }

  private clearStall(): void {
    if (this.stall) clearTimeout(this.stall);
    this.stall = undefined;
  }

  private garbage(n: number): void {
    this.sink.problem({ message: `ignored ${describeBytes(n)} that are not part of a DAP frame (expected "Content-Length: N")` });
  }

  private drain(): void {
    this.clearStall();
    for (;;) {
      if (this.contentLength < 0) {
        if (!this.readHeader()) return;
      } else if (!this.readBody()) {
        if (this.contentLength >= 0 && this.buf.length > 0) {
          this.stall = setTimeout(() => {
            this.stall = undefined;
            this.takeShortBody();
            this.drain();
          }, STALL_MS);
          this.stall.unref?.();
        }
        return;
      }
    }
  }

  /** Finds and reads one header; false when more bytes are needed. */
  private readHeader(): boolean {
    const text = this.buf.toString('latin1');
    const start = text.toLowerCase().indexOf(HEADER);
    if (start < 0) {
      // Keep a tail that may be the beginning of a header split across chunks.
      const keep = HEADER.length - 1;
      if (text.length > keep) {
        const junk = text.length - keep;
        if (text.slice(0, junk).trim() !== '') this.garbage(junk);
        this.buf = this.buf.subarray(junk);
      }
      return false;
    }
    if (start > 0) {
      if (text.slice(0, start).trim() !== '') this.garbage(start);
      this.buf = this.buf.subarray(start);
      return true;
    }
    const end = text.indexOf(CRLF2);
    // A second header before this one's end: this one is broken (its blank line is missing).
    const again = text.toLowerCase().indexOf(HEADER, HEADER.length);
    if (again > 0 && (end < 0 || again < end)) {
      this.sink.problem({ message: `a DAP header without its blank line was ignored (${describeBytes(again)})`, ...recoverIds(text.slice(0, again)) });
      this.buf = this.buf.subarray(again);
      return true;
    }
    if (end < 0) {
      if (text.length > MAX_HEADER_BYTES) {
        this.sink.problem({ message: `a DAP header longer than ${MAX_HEADER_BYTES} bytes was ignored` });
        this.buf = this.buf.subarray(HEADER.length);
        return true;
      }
      return false;
    }
    let length: number | undefined;
    let bad: string | undefined;
    for (const line of text.slice(0, end).split('\r\n')) {
      const i = line.indexOf(':');
      if (i < 0 || line.slice(0, i).trim().toLowerCase() !== 'content-length') continue;
      const v = line.slice(i + 1).trim();
      if (/^\d{1,12}$/.test(v) && Number(v) <= MAX_BODY_BYTES) length = Number(v);
      else bad = v;
    }
    this.buf = this.buf.subarray(end + CRLF2.length);
    if (length === undefined) {
      const shown = bad === undefined ? '' : ` '${bad.slice(0, 40)}'`;
      this.sink.problem({ message: `a DAP header with an invalid Content-Length${shown} was ignored (a number of bytes up to ${MAX_BODY_BYTES} is expected)` });
      return true;
    }
    if (length === 0) {
      this.sink.problem({ message: 'an empty DAP frame (Content-Length: 0) was ignored' });
      return true;
    }
    this.contentLength = length;
    return true;
  }

  /** Reads the body of the current frame; false when more bytes are needed. */
  private readBody(): boolean {
    const n = this.contentLength;
    if (this.buf.length < n) {
      // A Content-Length larger than the body: the next frame's header is already in the buffer.
      // (Only looked for in small buffers: a large body arriving in chunks is not searched again
      // and again; a stalled one is taken after STALL_MS.)
      return this.buf.length <= SPLIT_SEARCH_BYTES && this.splitAtNextHeader(n);
    }
    const body = this.buf.subarray(0, n);
    const text = body.toString('utf8');
    const parsed = parseJson(text);
    if (parsed.ok) {
      this.buf = this.buf.subarray(n);
      this.contentLength = -1;
      this.sink.message(parsed.value);
      return true;
    }
    if (this.splitAtNextHeader(n) || this.takeBeforeHeaderStart(text, n)) return true;
    this.buf = this.buf.subarray(n);
    this.contentLength = -1;
    this.sink.problem({ message: `a DAP message with ${parsed.why} was ignored`, ...recoverIds(text) });
    return true;
  }

  /**
   * When a header starts inside the first `within` bytes, the declared length `declared` was
   * wrong (too large): the text before the header is this frame's message — taken when it is
   * JSON, reported otherwise — and reading resumes at the header. Returns whether it did.
   */
  private splitAtNextHeader(declared: number): boolean {
    const text = this.buf.subarray(0, Math.min(this.buf.length, SPLIT_SEARCH_BYTES)).toString('latin1');
    const at = text.toLowerCase().indexOf(HEADER);
    if (at <= 0 || at >= declared || text.indexOf(CRLF2, at) < 0) return false;
    const head = this.buf.subarray(0, at).toString('utf8');
    this.buf = this.buf.subarray(at);
    this.contentLength = -1;
    const parsed = parseJson(head);
    if (!parsed.ok) {
      this.sink.problem({ message: `a DAP message with ${parsed.why} was ignored (its Content-Length ${declared} ran into the next frame)`, ...recoverIds(head) });
      return true;
    }
    this.sink.problem({ message: `a DAP frame declared Content-Length ${declared} but its message is ${describeBytes(at)}; read it as ${describeBytes(at)}` });
    this.sink.message(parsed.value);
    return true;
  }

  /**
   * A declared length a little too large, with the next frame's header cut off inside it: the
   * body is a JSON message followed by the beginning of "Content-Length:". Takes the message and
   * leaves the beginning of the header to be completed by the bytes to come.
   */
  private takeBeforeHeaderStart(text: string, declared: number): boolean {
    const end = text.lastIndexOf('}');
    if (end < 0) return false;
    const rest = text.slice(end + 1).replace(/^\s+/, '').toLowerCase();
    if (rest === '' || !HEADER.startsWith(rest)) return false;
    const head = text.slice(0, end + 1);
    const parsed = parseJson(head);
    if (!parsed.ok) return false;
    const used = Buffer.byteLength(head, 'utf8');
    this.buf = this.buf.subarray(used);
    this.contentLength = -1;
    this.sink.problem({ message: `a DAP frame declared Content-Length ${declared} but its message is ${describeBytes(used)}; read it as ${describeBytes(used)}` });
    this.sink.message(parsed.value);
    return true;
  }

  /** No more bytes came for an incomplete body: take what arrived. */
  private takeShortBody(): void {
    if (this.contentLength < 0) return;
    const declared = this.contentLength;
    const body = this.buf;
    this.buf = Buffer.alloc(0);
    this.contentLength = -1;
    const text = body.toString('utf8');
    const parsed = parseJson(text);
    if (parsed.ok) {
      this.sink.problem({ message: `a DAP frame declared Content-Length ${declared} but only ${describeBytes(body.length)} arrived; read it as ${describeBytes(body.length)}` });
      this.sink.message(parsed.value);
    } else {
      this.sink.problem({ message: `an incomplete DAP message (${describeBytes(body.length)} of ${declared}) was ignored`, ...recoverIds(text) });
    }
  }
}
