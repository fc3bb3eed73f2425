package io.fieldline.contract.client;

import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.wire.Mutation;

/**
 * A mutation the server settled with a permanent rejection (R11): out of the outbox, kept here so
 * the user sees what could not be delivered and why, and can send a corrected copy.
 */
public record RejectedMutation(Mutation mutation, SyncErrorCode code, String message) {}
