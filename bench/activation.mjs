// Client activation time: load dist/client.js and call activate() with the vscode API replaced by
// a stub that answers every call. It measures the extension's own start-up work (module
// evaluation, client construction, registrations), not VS Code's, and not the server's start.
import Module from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';

function stub() {
  const handler = {
    get(_t, prop) {
      if (prop === 'then') return undefined;
      if (prop === Symbol.toPrimitive) return () => '';
      if (prop === Symbol.iterator) return function* () {};
      return proxy;
    },
    apply() {
      return proxy;
    },
    construct() {
      return proxy;
    },
    set() {
      return true;
    },
    defineProperty() {
      return true;
    },
  };
  const proxy = new Proxy(function () {}, handler);
  return proxy;
}

/** The namespaces and classes of the vscode API, read from its type declarations. */
function apiNames(root) {
  const dts = fs.readFileSync(path.join(root, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  return [...new Set([...dts.matchAll(/^\s*export (?:namespace|class|enum|const|function) (\w+)/gm)].map((m) => m[1]))];
}

export async function measureActivation(root) {
  const any = stub();
  const names = apiNames(root);
  const vscode = new Proxy({ ...Object.fromEntries(names.map((n) => [n, any])), version: '1.100.0' }, { get: (t, p) => (p in t ? t[p] : p === '__esModule' ? false : any) });
  const originalLoad = Module._load;
  Module._load = function (request, ...rest) {
    if (request === 'vscode') return vscode;
    return originalLoad.call(this, request, ...rest);
  };
  const context = { subscriptions: [], asAbsolutePath: (p) => path.join(root, p), extensionPath: root };
  try {
    const t = process.hrtime.bigint();
    const client = Module.createRequire(import.meta.url)(path.join(root, 'dist', 'client.js'));
    const api = client.activate(context);
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    api?.ready?.catch?.(() => undefined);
    return { ms };
  } catch (e) {
    return { error: String(e.message).split('\n')[0] };
  } finally {
    Module._load = originalLoad;
  }
}
