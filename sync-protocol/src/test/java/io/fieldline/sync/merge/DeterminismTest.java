package io.fieldline.sync.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.model.FieldConflict;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.model.Writers;
import io.fieldline.sync.testing.Fields;
import io.fieldline.sync.testing.MutationBuilder;
import io.fieldline.sync.testing.Props;
import io.fieldline.sync.testing.RecordBuilder;
import io.fieldline.sync.testing.TestIds;
import io.fieldline.sync.wire.Mutation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The determinism guarantees of R27, checked on seeded random concurrent mutations. */
class DeterminismTest {

  /** A test entity with one field of each kind the order-independence guarantee covers. */
  static final EntityPolicy JOB =
      EntityPolicy.builder("job")
          .counter("parts")
          .appendOnly("log", FieldType.LIST)
          .deviceOwned("f0", FieldType.TEXT)
          .deviceOwned("f1", FieldType.TEXT)
          .deviceOwned("f2", FieldType.TEXT)
          .deviceOwned("f3", FieldType.TEXT)
          .shared("title", FieldType.TEXT)
          .build();

  private static final RecordKey KEY = TestIds.key("job", "job-1");

  /** Concurrent mutations: device i edits base version 1. */
  record Case(List<Mutation> mutations, long shuffleSeed) {}

  static Case generate(SplittableRandom random) {
    int devices = 2 + random.nextInt(3);
    List<Mutation> mutations = new ArrayList<>();
    for (int d = 0; d < devices; d++) {
      Map<String, FieldValue> fields = new HashMap<>();
      if (random.nextBoolean()) {
        fields.put("parts", FieldValue.of(random.nextInt(-5, 6)));
      }
      List<FieldValue> log = new ArrayList<>();
      for (int e = random.nextInt(3); e > 0; e--) {
        log.add(Fields.element("e" + random.nextInt(6)));
      }
      if (!log.isEmpty()) {
        fields.put("log", FieldValue.list(log));
      }
      fields.put("f" + d, FieldValue.of("device " + d + " " + random.nextInt(100)));
      mutations.add(
          MutationBuilder.anUpdate(KEY, 1, fields).sequence(1 + random.nextInt(9)).build());
    }
    return new Case(mutations, random.nextLong());
  }

  static StoredRecord start() {
    return RecordBuilder.aRecord(
            KEY, Fields.of("parts", 10, "log", List.of(Fields.element("e0")), "title", "Pump"))
        .build();
  }

  /** Applies mutations in order, device i as writer "device:d{i}", like the engine would. */
  static StoredRecord applyInOrder(List<Mutation> mutations, List<Integer> order) {
    StoredRecord record = start();
    for (int i : order) {
      MergeOutcome outcome =
          MergeEngine.merge(
              JOB,
              Optional.of(record),
              mutations.get(i),
              Writers.device("d" + i),
              f -> Optional.empty());
      record = apply(record, ((MergeOutcome.Accept) outcome).change(), Writers.device("d" + i));
    }
    return record;
  }

  static StoredRecord apply(StoredRecord record, RecordChange change, String writer) {
    if (!(change instanceof RecordChange.SetFields)) {
      return record;
    }
    long version = record.state().version() + 1;
    Map<String, FieldValue> fields = new HashMap<>(record.state().fields());
    Map<String, Long> versions = new HashMap<>(record.state().fieldVersions());
    Map<String, String> writers = new HashMap<>(record.fieldWriters());
    ((RecordChange.SetFields) change)
        .values()
        .forEach(
            (f, v) -> {
              fields.put(f, v);
              versions.put(f, version);
              writers.put(f, writer);
            });
    return new StoredRecord(new RecordState(KEY, version, false, fields, versions), writers);
  }

  @Test
  void r27_countersAppendOnlyAndDisjointFieldsCommuteWhateverTheArrivalOrder() {
    Props.check(
        27_001L,
        300,
        DeterminismTest::generate,
        c -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < c.mutations().size(); i++) {
            order.add(i);
          }
          Map<String, FieldValue> first = applyInOrder(c.mutations(), order).state().fields();
          Random shuffler = new Random(c.shuffleSeed());
          for (int round = 0; round < 4; round++) {
            Collections.shuffle(order, shuffler);
            assertThat(applyInOrder(c.mutations(), order).state().fields())
                .as("order %s", order)
                .isEqualTo(first);
          }
        });
  }

  @Test
  void r27_theMergeIsAPureFunctionOfItsInputs() {
    Props.check(
        27_002L,
        200,
        DeterminismTest::generate,
        c -> {
          StoredRecord current = applyInOrder(c.mutations(), List.of(0));
          Mutation next = c.mutations().get(1);
          MergeOutcome once =
              MergeEngine.merge(JOB, Optional.of(current), next, "device:x", f -> Optional.empty());
          MergeOutcome again =
              MergeEngine.merge(JOB, Optional.of(current), next, "device:x", f -> Optional.empty());
          assertThat(again).isEqualTo(once);
        });
  }

  @Test
  void r27_aSharedFieldKeepsOneValueAndHoldsTheOtherInEitherOrder() {
    Mutation a = MutationBuilder.anUpdate(KEY, 1, Fields.of("title", "Pump A")).build();
    Mutation b = MutationBuilder.anUpdate(KEY, 1, Fields.of("title", "Pump B")).build();

    Set<FieldValue> ab = keptAndHeld(a, b);
    Set<FieldValue> ba = keptAndHeld(b, a);

    assertThat(ab)
        .isEqualTo(ba)
        .containsExactlyInAnyOrder(Fields.value("Pump A"), Fields.value("Pump B"));
  }

  private static Set<FieldValue> keptAndHeld(Mutation first, Mutation second) {
    StoredRecord record = start();
    MergeOutcome.Accept one =
        (MergeOutcome.Accept)
            MergeEngine.merge(JOB, Optional.of(record), first, "device:1", f -> Optional.empty());
    record = apply(record, one.change(), "device:1");
    MergeOutcome.Accept two =
        (MergeOutcome.Accept)
            MergeEngine.merge(JOB, Optional.of(record), second, "device:2", f -> Optional.empty());
    assertThat(two.held()).hasSize(1);
    Set<FieldValue> values = new HashSet<>();
    values.add(record.state().value("title"));
    two.held().stream().map(FieldConflict::mine).forEach(values::add);
    return values;
  }
}
