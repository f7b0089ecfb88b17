/**
 * The provider's live heap, measured through its inspector (started with
 * --inspect=127.0.0.1:0): a full garbage collection, then the bytes still in use. Unlike
 * RSS, which grows as lazily as V8 collects, this rises only with memory that is kept.
 */
export class HeapProbe {
  private readonly socket: WebSocket;
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();

  private constructor(socket: WebSocket) {
    this.socket = socket;
    socket.addEventListener("message", (event) => {
      const reply = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
      if (reply.id !== undefined) this.pending.get(reply.id)?.(reply.result);
    });
  }

  /** Connects to the inspector whose address the process printed on stderr. */
  static async connect(stderr: () => string, timeoutMs = 10_000): Promise<HeapProbe> {
    const deadline = Date.now() + timeoutMs;
    let url: string | undefined;
    while (!(url = /Debugger listening on (ws:\/\/\S+)/.exec(stderr())?.[1])) {
      if (Date.now() > deadline) throw new Error("the provider printed no inspector address");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const socket = new WebSocket(url);
    await new Promise((resolve, reject) => {
      socket.addEventListener("open", resolve, { once: true });
      socket.addEventListener("error", () => reject(new Error(`cannot reach the inspector at ${url}`)), {
        once: true,
      });
    });
    return new HeapProbe(socket);
  }

  /** Bytes of JS heap in use after a full collection. */
  async usedAfterGc(): Promise<number> {
    await this.send("HeapProfiler.collectGarbage");
    const usage = (await this.send("Runtime.getHeapUsage")) as { usedSize: number };
    return usage.usedSize;
  }

  close(): void {
    this.socket.close();
  }

  private send(method: string): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, (result) => {
        this.pending.delete(id);
        resolve(result);
      });
      this.socket.send(JSON.stringify({ id, method }));
    });
  }
}
