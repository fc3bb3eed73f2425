package io.fieldline.contract.client;

/** Mutable counters behind {@link SyncStats}. */
final class Counters {
  private int pushRequests;
  private int lost;
  private int duplicates;
  private int splits;
  private int backoffs;
  private long backoffMillis;
  private int outOfOrder;
  private int resyncs;

  synchronized void pushRequest() {
    pushRequests++;
  }

  synchronized void lost() {
    lost++;
  }

  synchronized void duplicate() {
    duplicates++;
  }

  synchronized void split() {
    splits++;
  }

  synchronized void backoff(long millis) {
    backoffs++;
    backoffMillis += millis;
  }

  synchronized void outOfOrder() {
    outOfOrder++;
  }

  synchronized void resync() {
    resyncs++;
  }

  synchronized SyncStats snapshot() {
    return new SyncStats(
        pushRequests, lost, duplicates, splits, backoffs, backoffMillis, outOfOrder, resyncs);
  }
}
