// Prints the one closing line CI and people read: "N passed, N failed".
// A suite that fails to load counts as one failure, so a broken file cannot hide.
class TotalsReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\n${results.numPassedTests} passed, ${failed} failed\n`);
  }
}
module.exports = TotalsReporter;
