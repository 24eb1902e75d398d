/** The web bundles stay the size of the Node ones (within 10 %), and carry nothing that needs Node. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DIST } from '../support/paths';

const size = (...files: string[]): number => files.reduce((n, f) => n + fs.statSync(path.join(DIST, f)).size, 0);

describe('web bundles', () => {
  it('the web server is within 10 % of the Node server', () => {
    const ratio = size('web/server.js') / size('server.js');
    assert.ok(ratio < 1.1, `web/server.js is ${(ratio * 100).toFixed(0)} % of server.js`);
  });

  it('the web client (which holds the .docx reader) is within 10 % of the Node client and its reader', () => {
    const ratio = size('web/client.js') / size('client.js', 'docx-reader.js');
    assert.ok(ratio < 1.1, `web/client.js is ${(ratio * 100).toFixed(0)} % of client.js + docx-reader.js`);
  });

  it('no Node built-in is required at run time by the web bundles', () => {
    for (const f of ['web/server.js', 'web/client.js', 'ajv.js', 're2js.js', 'export.js']) {
      const text = fs.readFileSync(path.join(DIST, f), 'utf8');
      assert.doesNotMatch(text, /require\(["'](node:)?(fs|path|os|child_process|worker_threads|v8|vm|net)["']\)/, f);
    }
  });
});
