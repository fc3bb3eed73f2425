package io.fieldline.contract.client;

/**
 * How a {@link SyncClient#sync()} ended: {@code complete} when the outbox was emptied and a
 * checkpoint reached; otherwise the device is still offline and {@code pending} mutations wait.
 */
public record SyncReport(boolean complete, int pending, int pulledChanges) {}
