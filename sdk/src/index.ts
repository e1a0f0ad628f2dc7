// @cleanroom/sdk: the party's side of the clean room.
export * from './identity/index.js';
