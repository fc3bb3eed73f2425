/**
 * Fieldline's delta-sync protocol: wire messages ({@code wire}), their JSON codec ({@code
 * wire.json}), the field-level merge engine ({@code merge}), the store contract and the in-memory
 * reference store ({@code store}), the server-side push/pull logic ({@code engine}), the error
 * catalogue ({@code error}) and the cross-language conformance vectors ({@code conformance}). The
 * rules are in {@code sync-protocol/PROTOCOL.md}. Plain Java: no framework dependencies.
 */
package io.fieldline.sync;
