/**
 * The fake X API server for the embedded runtime, tests and the cost bench. See ./server.
 */
export { startFakeX, FAKE_X_BEARER, X_APP_LIMITS } from './server';
export type { FakeX, FakeXOptions, FakeXStats, Fault, FaultKind, EndpointKey, EndpointStats } from './server';
export { parseQuery, matches, tokenize, QueryError, MAX_QUERY_LENGTH } from './query';
export type { QueryNode, MatchablePost } from './query';
export { computeEntities } from './entities';
