/**
 * What a sync server's store must provide ({@link io.fieldline.sync.store.SyncStore}, {@link
 * io.fieldline.sync.store.StoreTx}) and the in-memory reference implementation. Every
 * implementation must pass the contract suite {@code io.fieldline.sync.store.contract} shipped in
 * this module's test-jar.
 */
package io.fieldline.sync.store;
