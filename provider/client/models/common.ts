// Shared model vocabulary. Every object type is open (`[key: string]: unknown`): the servers add fields over time
// and the provider must carry fields it does not model through a read-modify-write unchanged.

/** A server-minted id: 24-hex Mongo ObjectId on both flavors. */
export type ObjectId = string;

/** Fields the client does not model, kept as the server sent them. */
export interface OpenObject {
  [field: string]: unknown;
}

