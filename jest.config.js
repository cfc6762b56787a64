// Unit and wire tests live beside the code they test (`*.test.ts`); end-to-end suites that drive the real
// `terraform` binary live under test/e2e (`*.e2e.test.ts`). `npm test` runs both; type checking is `tsc`'s job.
const tsJest = ['ts-jest', { diagnostics: false }];
module.exports = {
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '\\.e2e\\.test\\.ts$', '/dist/'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      // Each suite sets its own timeout with jest.setTimeout: jest ignores testTimeout inside a project.
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
    },
  ],
};
