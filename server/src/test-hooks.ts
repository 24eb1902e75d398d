/**
 * Requests for tests only, registered when the server runs with ZH_REPORT_TEST_HOOKS=1 (the unit
 * and integration suites set it): `zhReport/serverInfo` answers the process id (tests stop the
 * server and watch the client restart it), memory use and how many texts were parsed; with
 * `{ gc: true }` a full garbage collection runs first, so that retained memory can be told from
 * garbage not yet collected. A user's server answers none of these.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import type { Connection } from 'vscode-languageserver';
import { parseCount, testHooksEnabled } from './parse-count';

export function registerTestHooks(connection: Connection): void {
  if (!testHooksEnabled) return;
  connection.onRequest('zhReport/serverInfo', (params: { gc?: boolean } | undefined) => {
    if (params?.gc) collectGarbage();
    return { pid: process.pid, memory: process.memoryUsage(), parses: parseCount() };
  });
}

function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}
