/**
 * The engine's findings and outlines on every fixture, example and seed are exactly those in
 * test/snapshots/. A deliberate change of behaviour rewrites them (npm run snapshot) and the diff
 * is reviewed; a refactoring must leave them byte-identical.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { SEEDS_SKIP } from '../support/paths';
import { SEEDS_SNAPSHOT, seedsSnapshot, TEXTS_SNAPSHOT, textsSnapshot } from '../support/snapshot';

describe('behaviour snapshot', () => {
  it('fixtures and examples: the same findings, fixes and outlines as recorded', () => {
    const recorded = JSON.parse(fs.readFileSync(TEXTS_SNAPSHOT, 'utf8')) as Record<string, unknown>;
    const now = textsSnapshot();
    assert.deepEqual(Object.keys(now).sort(), Object.keys(recorded).sort(), 'the same texts (run npm run snapshot after adding one)');
    for (const [file, value] of Object.entries(now)) assert.deepEqual(value, recorded[file], file);
  });

  it('seeds: the same findings and outlines as recorded (digests)', { skip: SEEDS_SKIP }, () => {
    const recorded = JSON.parse(fs.readFileSync(SEEDS_SNAPSHOT, 'utf8')) as Record<string, string>;
    assert.deepEqual(seedsSnapshot(), recorded);
  });
});
