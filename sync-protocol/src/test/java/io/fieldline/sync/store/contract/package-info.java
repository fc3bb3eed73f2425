/**
 * The store contract suite: every {@link io.fieldline.sync.store.SyncStore} implementation extends
 * {@link io.fieldline.sync.store.contract.SyncStoreContract} with a factory of fresh, empty stores
 * and must pass it. Shipped in the sync-protocol test-jar.
 */
package io.fieldline.sync.store.contract;
