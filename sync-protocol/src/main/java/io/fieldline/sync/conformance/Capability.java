package io.fieldline.sync.conformance;

/** Optional abilities of a server under test; vectors needing a missing one are skipped. */
public enum Capability {
  /** It can fail the claim of a chosen device sequence temporarily ({@code failTransiently}). */
  TRANSIENT_FAULTS
}
