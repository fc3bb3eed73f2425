package io.fieldline.sync.sim;

import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import java.util.Optional;

/**
 * How a replica reaches the server (WatermelonDB passes push and pull in as functions). An empty
 * answer is a lost response: the request may or may not have been processed.
 */
interface Transport {

  Optional<PushResponse> push(PushRequest request);

  Optional<PullResponse> pull(PullRequest request);
}
