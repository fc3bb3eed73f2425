package io.fieldline.sync.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A minimal property-check harness: runs a property on {@code tries} cases generated from seeded
 * randomness (case i uses seed {@code seed + i}) and reports the failing seed, so every failure is
 * reproducible with {@link #replay}. No shrinking; generators are kept small instead.
 */
public final class Props {

  private Props() {}

  /** Checks {@code property} on {@code tries} generated cases. */
  public static <T> void check(
      long seed, int tries, Function<SplittableRandom, T> generate, Consumer<T> property) {
    for (int i = 0; i < tries; i++) {
      replay(seed + i, generate, property);
    }
  }

  /** Runs the property on the one case generated from {@code seed}. */
  public static <T> void replay(
      long seed, Function<SplittableRandom, T> generate, Consumer<T> property) {
    T value = generate.apply(new SplittableRandom(seed));
    try {
      property.accept(value);
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError(
          "property failed for seed "
              + seed
              + " (replay with Props.replay("
              + seed
              + "L, ...))"
              + "\ncase: "
              + value
              + "\n"
              + e.getMessage(),
          e);
    }
  }
}
