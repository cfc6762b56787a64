// Prints one plain closing line ("jest: N passed, N failed, N skipped") as the very last output of a run, so that
// tools which read a test run's closing line get the totals. Written at process exit: jest's own summary comes later
// than any reporter's onRunComplete.
const fs = require('node:fs');

class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    // A suite that fails to load has no failed tests of its own; count it so the line never reads green.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `\njest: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`;
    process.once('exit', () => fs.writeSync(1, line));
  }
}
module.exports = SummaryLineReporter;
