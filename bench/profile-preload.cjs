// Loaded with --require into a process that bench/profile.mjs profiles but cannot start with
// --cpu-prof (the language server, started by the LSP client): starts V8's CPU profiler at once and
// writes the profile to ZH_REPORT_PROFILE_OUT when the process exits.
const inspector = require('node:inspector');
const fs = require('node:fs');

const out = process.env.ZH_REPORT_PROFILE_OUT;
if (out) {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 250 });
  session.post('Profiler.start');
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    // An in-process session answers synchronously, so the profile is written before exit goes on.
    session.post('Profiler.stop', (error, result) => {
      if (!error) fs.writeFileSync(out, JSON.stringify(result.profile));
    });
  };
  const exit = process.exit;
  process.exit = (code) => {
    write();
    return exit.call(process, code);
  };
  process.on('exit', write);
}
