export * from './common';
export * from './dashboards';
export * from './alerts';
export * from './webhooks';
export * from './saved-searches';
export * from './sources';
export * from './connections';
export * from './charts';
