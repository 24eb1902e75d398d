// The engine as it was at an earlier commit, built from this clone's git history, so that one
// benchmark run can time the engine then and now side by side: before the issue #10 rules
// (residue, duplicate-text, figure-mismatch, date-style, latin-in-cjk), and before the issue #18
// ones (ai-residue, markdown-artifact, punctuation-width, and the wider placeholder, section,
// numbering, figure and residue checks). Built once into bench/.baseline/ (ignored by git); needs
// git and the commit, which every full clone has.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

/** The last commit before residue, duplicate-text, figure-mismatch, date-style and latin-in-cjk. */
export const BASELINE_COMMIT = 'deca42684e3f911b3222ef8f384c9d5582552a20';
/** The last commit before issue #18's rules and checks. */
export const BEFORE_ISSUE_18 = '46535ee';

function run(cmd, args, options) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${(r.stderr || r.error?.message || '').trim().split('\n')[0]}`);
  return r;
}

/** { lint } of the baseline engine, or { error } saying why it could not be built. */
export function loadBaselineEngine(root, commit = BASELINE_COMMIT) {
  const dir = path.join(root, 'bench', '.baseline', commit.slice(0, 7));
  const entry = path.join(dir, 'out', 'engine', 'index.js');
  try {
    if (!fs.existsSync(entry)) {
      run('git', ['-C', root, 'cat-file', '-e', `${commit}^{commit}`]);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      const tar = run('git', ['-C', root, 'archive', '--format=tar', commit, 'engine'], { encoding: 'buffer', maxBuffer: 64 << 20 });
      run('tar', ['-x', '-C', dir], { input: tar.stdout });
      const tsconfig = { compilerOptions: { target: 'ES2022', module: 'commonjs', moduleResolution: 'node', esModuleInterop: true, skipLibCheck: true, outDir: 'out', rootDir: '.' }, include: ['engine/**/*.ts'] };
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
      const tsc = createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc');
      run(process.execPath, [tsc, '-p', dir]);
    }
    return { lint: createRequire(entry)(entry).lint, commit: commit.slice(0, 7) };
  } catch (e) {
    return { error: `baseline engine ${commit.slice(0, 7)} not built: ${e.message}` };
  }
}
