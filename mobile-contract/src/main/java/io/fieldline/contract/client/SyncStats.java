package io.fieldline.contract.client;

/** What the sync loop met so far: lost answers, resends, splits, back-offs, resyncs. */
public record SyncStats(
    int pushRequests,
    int lostResponses,
    int duplicatesReceived,
    int batchSplits,
    int backoffs,
    long backoffMillis,
    int outOfOrder,
    int resyncs) {}
