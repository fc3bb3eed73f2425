/**
 * Conformance vectors: JSON scenarios (initial state, device pushes and pulls, server changes,
 * expected results, pages and final state) that any implementation, in any language, can replay.
 * {@link io.fieldline.sync.conformance.VectorRunner} replays them against a {@link
 * io.fieldline.sync.conformance.ServerUnderTest}; {@link
 * io.fieldline.sync.conformance.ReferenceServer} is the reference engine over the in-memory store.
 * The vectors and their index ship in this jar under {@code io/fieldline/sync/conformance/}.
 */
package io.fieldline.sync.conformance;
