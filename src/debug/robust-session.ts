// The protocol layer under MmstepDebugSession, hardened against any input. @vscode/debugadapter's
// DebugSession exits the process with code 0 on a malformed frame, answers an exception in a
// handler with the JavaScript stack as the message, and lets a request with missing arguments
// throw inside the handler. Here: frames are read by FrameReader (framing.ts); every message and
// every request's arguments are checked (validate.ts) before dispatch; problems are answered with
// an error response when the request's seq is known and always logged to the debug console; an
// exception in a handler becomes "internal error while handling 'x'" with the details logged.
// Only the input stream closing (or a disconnect) ends the adapter.

import { PassThrough } from 'stream';
import { Event, LoggingDebugSession, OutputEvent, Response } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { FrameProblem, FrameReader } from './framing';
import { isInternal } from './messages';
import { checkMessage, checkRequest, KnownIds } from './validate';

export { isInternal };

/** An error response in DAP form: `message` for the user, `body.error` with a literal `format`. */
export function errorResponse(response: DebugProtocol.Response, message: string, id = 1, showUser = true): DebugProtocol.Response {
  response.success = false;
  response.message = message;
  // `format` is shown as it is: braces would be read as {placeholders}, so they are escaped.
  response.body = { error: { id, format: message.replace(/[{}]/g, (c) => (c === '{' ? '(' : ')')), showUser } };
  return response;
}

/**
 * Requests VS Code sends by itself at every stop to fill its views (a Variables row expanded at
 * the previous stop, a watch, the Debug Console input's source): VS Code raises a notification
 * for every error with showUser, so their failures are answered for the view only.
 */
const VIEW_REQUESTS = new Set(['variables', 'scopes', 'evaluate', 'source']);

export abstract class RobustDebugSession extends LoggingDebugSession {
  private reader: FrameReader | undefined;

  constructor() {
    super();
    // DebugSession and LoggingDebugSession shut down on any 'error' event (a malformed frame in
    // their parser, a stream error): report instead; only a dead output stream ends the session.
    this.removeAllListeners('error');
    this.on('error', (e: DebugProtocol.Event) => {
      const what = typeof e?.body === 'string' ? e.body : 'stream error';
      if (what.startsWith('outStream')) this.shutdown();
      else this.reportProblem({ message: what });
    });
  }

  /** What the loaded simulation knows about thread, frame and variable ids. */
  protected abstract knownIds(): KnownIds;

  override start(inStream: NodeJS.ReadableStream, outStream: NodeJS.WritableStream): void {
    // The base class only gets an idle input; the bytes go through FrameReader.
    super.start(new PassThrough(), outStream);
    const reader = new FrameReader({
      message: (m) => this.handleMessage(m as DebugProtocol.ProtocolMessage),
      problem: (p) => this.reportProblem(p),
    });
    this.reader = reader;
    inStream.on('data', (d: Buffer | string) => {
      try {
        reader.push(d);
      } catch (e) {
        this.reportInternal('reading DAP input', e);
      }
    });
    let closed = false;
    const close = (): void => {
      if (closed) return;
      closed = true;
      reader.end();
      this.emit('close', new Event('close'));
    };
    inStream.on('end', close);
    inStream.on('close', close);
    inStream.on('error', (e: Error) => {
      this.reportProblem({ message: `the DAP input stream failed: ${e?.message ?? e}` });
      close();
    });
  }

  override shutdown(): void {
    this.reader?.dispose();
    super.shutdown();
  }

  /** Every message, from the stream or from VS Code directly (inline adapter). */
  override handleMessage(msg: DebugProtocol.ProtocolMessage): void {
    const problem = checkMessage(msg);
    if (problem) {
      this.reportProblem(problem);
      return;
    }
    try {
      super.handleMessage(msg);
    } catch (e) {
      this.reportInternal(`handling '${(msg as DebugProtocol.Request).command ?? msg.type}'`, e);
    }
  }

  protected override dispatchRequest(request: DebugProtocol.Request): void {
    let bad: string | undefined;
    try {
      bad = checkRequest(request.command, request.arguments, this.knownIds());
    } catch (e) {
      bad = 'the request could not be checked (internal error; details in the debug console)';
      this.reportInternal(`checking '${request.command}'`, e);
    }
    if (bad) {
      this.sendResponse(errorResponse(new Response(request), `mmstep: ${bad}`, 1, !VIEW_REQUESTS.has(request.command)));
      return;
    }
    // Arguments may be left out when all are optional: the handlers always get an object.
    if (request.arguments === undefined || request.arguments === null) request.arguments = {};
    // DAP's default for pathFormat is 'path'; the base class refuses a missing one.
    if (request.command === 'initialize') request.arguments = { pathFormat: 'path', ...request.arguments };
    super.dispatchRequest(request);
  }

  /** The base class answers handler exceptions (1104) with the stack as text: reword it. */
  protected override sendErrorResponse(
    response: DebugProtocol.Response,
    codeOrMessage: number | DebugProtocol.Message,
    format?: string,
    variables?: Record<string, unknown>,
  ): void {
    if (codeOrMessage === 1104) {
      this.reportInternal(`handling '${response.command}'`, variables?._stack ?? variables?._exception);
      this.sendResponse(errorResponse(response, `mmstep: internal error while handling '${response.command}' (details in the debug console)`, 1104));
      return;
    }
    const text = typeof codeOrMessage === 'number' ? (format ?? 'error') : codeOrMessage.format;
    this.sendResponse(errorResponse(response, text.startsWith('mmstep') ? text : `mmstep: ${text}`, typeof codeOrMessage === 'number' ? codeOrMessage : codeOrMessage.id));
  }

  /** Logs a malformed input to the debug console and answers it when its seq is known. */
  protected reportProblem(p: FrameProblem): void {
    this.sendEvent(new OutputEvent(`mmstep: malformed DAP input: ${p.message}\n`, 'stderr'));
    if (p.seq === undefined) return;
    const request = { seq: p.seq, type: 'request', command: p.command ?? 'unknown' } as DebugProtocol.Request;
    this.sendResponse(errorResponse(new Response(request), `mmstep: malformed request: ${p.message}`));
  }

  /**
   * The message for an error thrown while answering: ours (plain Errors with a message for the
   * user) as it is; a JavaScript TypeError/RangeError is an internal error, logged, not shown.
   */
  protected userMessage(command: string, e: unknown): string {
    if (!isInternal(e) && e instanceof Error && e.message) return e.message.startsWith('mmstep') ? e.message : `mmstep: ${e.message}`;
    this.reportInternal(`handling '${command}'`, e);
    return `mmstep: internal error while handling '${command}' (details in the debug console)`;
  }

  /** An exception inside the adapter: the details go to the debug console, never to a response. */
  protected reportInternal(doing: string, e: unknown): void {
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    this.sendEvent(new OutputEvent(`mmstep: internal error while ${doing}: ${detail}\n`, 'stderr'));
  }
}
