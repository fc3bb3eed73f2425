package io.fieldline.contract.client;

import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import java.util.Random;

/**
 * A transport that injects the faults phones meet (seeded, so runs repeat): the response lost after
 * the server committed, the request delivered twice, a delay, the connection cut before sending, or
 * no network at all ({@link #offline}). Counts what it did.
 */
public final class FaultyTransport implements SyncTransport {

  /** What to inject, as probabilities per request. */
  public record Faults(double dropResponse, double duplicate, double cut, long delayMillis) {
    public static final Faults NONE = new Faults(0, 0, 0, 0);

    public Faults {
      check(dropResponse, "dropResponse");
      check(duplicate, "duplicate");
      check(cut, "cut");
      if (delayMillis < 0) {
        throw new IllegalArgumentException("delayMillis must be >= 0 but was " + delayMillis);
      }
    }

    private static void check(double p, String name) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException(name + " must be in [0, 1] but was " + p);
      }
    }
  }

  /** What was injected so far. */
  public record Counts(int requests, int dropped, int duplicated, int cut, int offline) {}

  private interface Call<T> {
    T send() throws TransportException;
  }

  private final SyncTransport delegate;
  private final Random random;
  private volatile Faults faults;
  private volatile boolean offline;
  private int requests;
  private int dropped;
  private int duplicated;
  private int cutCount;
  private int offlineCount;

  public FaultyTransport(SyncTransport delegate, Faults faults, long seed) {
    this.delegate = delegate;
    this.faults = faults;
    this.random = new Random(seed);
  }

  /** No request leaves the device while offline (each fails at once). */
  public void offline(boolean offline) {
    this.offline = offline;
  }

  public boolean isOffline() {
    return offline;
  }

  public void faults(Faults faults) {
    this.faults = faults;
  }

  public synchronized Counts counts() {
    return new Counts(requests, dropped, duplicated, cutCount, offlineCount);
  }

  @Override
  public PushResponse push(PushRequest request) throws TransportException {
    return inject(() -> delegate.push(request));
  }

  @Override
  public PullResponse pull(PullRequest request) throws TransportException {
    return inject(() -> delegate.pull(request));
  }

  private <T> T inject(Call<T> call) throws TransportException {
    Faults f = faults;
    boolean cut;
    boolean twice;
    boolean drop;
    synchronized (this) {
      requests++;
      if (offline) {
        offlineCount++;
        throw new TransportException("offline: no network");
      }
      cut = random.nextDouble() < f.cut();
      twice = !cut && random.nextDouble() < f.duplicate();
      drop = !cut && random.nextDouble() < f.dropResponse();
      cutCount += cut ? 1 : 0;
      duplicated += twice ? 1 : 0;
      dropped += drop ? 1 : 0;
    }
    if (cut) {
      throw new TransportException("connection cut before the request was sent");
    }
    pause(f.delayMillis());
    T answer = call.send();
    if (twice) {
      answer = call.send();
    }
    if (drop) {
      throw new TransportException("response lost after the server processed the request");
    }
    return answer;
  }

  private static void pause(long millis) throws TransportException {
    if (millis == 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted", e);
    }
  }
}
