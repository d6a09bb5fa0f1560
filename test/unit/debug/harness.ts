// Runs MmstepDebugSession in-process behind a loopback socket and connects a DebugClient to it
// (anchors.md §1.1: `dc.start(port)`), so DAP tests need neither a build nor a child process.

import * as net from 'net';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { MmstepDebugSession } from '../../../src/debug/session';

export interface Adapter {
  dc: DebugClient;
  /** Every event received so far, in order. */
  events: DebugProtocol.Event[];
  close(): Promise<void>;
}

export async function startAdapter(make: () => MmstepDebugSession): Promise<Adapter> {
  const sockets: net.Socket[] = [];
  const server = net.createServer((socket) => {
    sockets.push(socket);
    const session = make();
    session.setRunAsServer(true);
    session.start(socket, socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const dc = new DebugClient('node', 'in-process', 'mmstep');
  await dc.start(port);
  const events: DebugProtocol.Event[] = [];
  const origEmit = dc.emit.bind(dc);
  dc.emit = (name: string | symbol, ...args: unknown[]): boolean => {
    const ev = args[0] as DebugProtocol.Event | undefined;
    if (typeof name === 'string' && ev && ev.type === 'event') events.push(ev);
    return origEmit(name, ...args);
  };
  return {
    dc,
    events,
    async close() {
      await dc.stop().catch(() => undefined);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Resolves with the next event of `type` that satisfies `pred`. */
export function nextEvent<E extends DebugProtocol.Event = DebugProtocol.Event>(
  dc: DebugClient,
  type: string,
  pred: (e: E) => boolean = () => true,
): Promise<E> {
  return new Promise((resolve) => {
    const on = (e: E) => {
      if (!pred(e)) return;
      dc.removeListener(type, on);
      resolve(e);
    };
    dc.on(type, on);
  });
}
