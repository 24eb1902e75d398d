/**
 * A plain JSON-RPC client for driving the language server the way any LSP client would, with
 * nothing from vscode-languageclient: `LspClient` runs `node dist/server.js --stdio` with
 * Content-Length framing over the child's stdin/stdout; test/web/ drives the web server in a Web
 * Worker over postMessage through the same protocol half (`JsonRpcPeer`).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export type Message = { jsonrpc: '2.0'; id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };

/** Requests, notifications and answers to the server's requests, over any way of sending a message. */
export abstract class JsonRpcPeer {
  private nextId = 1;
  protected readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners: Array<(m: Message) => void> = [];
  /** Answers to the server's own requests (workspace/configuration, workspace/applyEdit…). */
  onServerRequest: (method: string, params: unknown) => unknown = () => null;

  protected abstract write(m: Message): void;

  /** Hands a message from the server to whoever waits for it. */
  protected dispatch(m: Message): void {
    if (m.id !== undefined && m.method) {
      Promise.resolve(this.onServerRequest(m.method, m.params)).then((result) => this.write({ jsonrpc: '2.0', id: m.id, result: result ?? null }));
      return;
    }
    if (m.id !== undefined) {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (m.error) w?.reject(new Error(m.error.message));
      else w?.resolve(m.result);
      return;
    }
    for (const l of [...this.listeners]) l(m);
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Calls `listener` for every notification until it returns true. */
  onNotification(listener: (method: string, params: any) => boolean | void): void {
    const l = (m: Message): void => {
      if (m.method && listener(m.method, m.params) === true) this.listeners.splice(this.listeners.indexOf(l), 1);
    };
    this.listeners.push(l);
  }

  /** Resolves with the first notification matching `match`, or rejects after `timeoutMs`. */
  waitFor<T = any>(method: string, match: (params: T) => boolean, timeoutMs = 10_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms`)), timeoutMs);
      this.onNotification((m, params) => {
        if (m !== method || !match(params as T)) return false;
        clearTimeout(timer);
        resolve(params as T);
        return true;
      });
    });
  }

  async initialize(capabilities: unknown = {}): Promise<any> {
    const result = await this.request('initialize', { processId: null, rootUri: null, capabilities });
    this.notify('initialized', {});
    return result;
  }
}

export class LspClient extends JsonRpcPeer {
  readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  stderr = '';

  constructor(serverPath: string, args: string[] = ['--stdio'], env: NodeJS.ProcessEnv = {}) {
    super();
    this.child = spawn(process.execPath, [serverPath, ...args], { stdio: 'pipe', env: { ...process.env, ...env } });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.child.on('exit', () => {
      for (const w of this.waiting.values()) w.reject(new Error(`server exited; stderr: ${this.stderr}`));
      this.waiting.clear();
    });
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: (\d+)/i.exec(header)?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  protected write(m: Message): void {
    const body = Buffer.from(JSON.stringify(m), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  override async initialize(capabilities: unknown = {}): Promise<any> {
    const result = await this.request('initialize', { processId: process.pid, rootUri: null, capabilities });
    this.notify('initialized', {});
    return result;
  }

  async shutdown(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await this.request('shutdown', null);
      this.notify('exit', null);
    } catch {
      this.child.kill();
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }
}
