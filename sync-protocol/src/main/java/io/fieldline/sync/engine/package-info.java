/**
 * The server side of the protocol over any {@link io.fieldline.sync.store.SyncStore}: push (claim
 * the sequence, re-authorise, validate, merge, write, log, store the result, all in one transaction
 * per mutation), pull (snapshot, change stream, checkpoints), server-side writes and scope changes,
 * conflict resolution and retention. {@link io.fieldline.sync.engine.JsonEndpoint} is the bytes-in,
 * bytes-out edge a transport (HTTP) calls.
 */
package io.fieldline.sync.engine;
