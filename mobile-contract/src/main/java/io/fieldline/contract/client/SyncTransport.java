package io.fieldline.contract.client;

import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;

/**
 * How the client reaches the sync server (WatermelonDB passes push and pull in as functions).
 * Refusals come back as {@link io.fieldline.sync.wire.Refusal} responses; a request whose answer
 * never arrived (connection cut, timeout, response lost) throws {@link TransportException}: the
 * server may or may not have processed it.
 */
public interface SyncTransport {

  PushResponse push(PushRequest request) throws TransportException;

  PullResponse pull(PullRequest request) throws TransportException;
}
