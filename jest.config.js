// Three projects, by what a test touches (its file name says which):
// - unit, `*.test.ts`: no emulator and no terraform (the client's transport tests use an in-process loopback stub,
//   the runtime's a gRPC socket to an in-process server or a child process);
// - wire, `*.wire.test.ts`: the in-process emulator over HTTP, through the client or the test harness;
// - e2e, `test/e2e/*.e2e.test.ts`: the real `terraform` binary against the emulator.
// `npm test` runs lint and the type checks first (type checking is tsc's job, not ts-jest's), then all three.
const tsJest = ['ts-jest', { diagnostics: false }];
const project = (displayName, testMatch, testPathIgnorePatterns = []) => ({
  displayName,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': tsJest },
  testMatch,
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/', ...testPathIgnorePatterns],
});
module.exports = {
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  projects: [
    project('unit', ['<rootDir>/**/*.test.ts'], ['\\.wire\\.test\\.ts$', '\\.e2e\\.test\\.ts$']),
    project('wire', ['<rootDir>/**/*.wire.test.ts']),
    // Each suite sets its own timeout with jest.setTimeout: jest ignores testTimeout inside a project.
    project('e2e', ['<rootDir>/test/e2e/**/*.e2e.test.ts']),
  ],
};
