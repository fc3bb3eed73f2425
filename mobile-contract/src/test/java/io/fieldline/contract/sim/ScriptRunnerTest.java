package io.fieldline.contract.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.contract.client.Backoff;
import io.fieldline.contract.client.EngineTransports;
import io.fieldline.contract.client.FaultyTransport;
import io.fieldline.contract.client.LocalStore;
import io.fieldline.contract.client.SyncClient;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.testing.TestServer;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The simulator's command language driving the reference client against the reference engine. */
class ScriptRunnerTest {

  private final TestServer server = TestServer.create();
  private final FaultyTransport network =
      new FaultyTransport(
          EngineTransports.of(server.engine, "tech-a"), FaultyTransport.Faults.NONE, 1);
  private final SyncClient client =
      SyncClient.builder(LocalStore.open(":memory:"), "dev-a", network)
          .backoff(new Backoff(1, 2, 1), millis -> {})
          .maxAttempts(2)
          .build();
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final ScriptRunner runner =
      new ScriptRunner(
          client, network, null, new PrintStream(printed, true, StandardCharsets.UTF_8));

  private int run(String script) throws Exception {
    return runner.run(new BufferedReader(new StringReader(script)));
  }

  @Test
  void anOfflineRoundTripWithExpectations() throws Exception {
    int failures =
        run(
            """
            # the phone works offline, then reconnects
            offline
            create stock_movement van_id=van-1 product_id="filter 11" quantity=3 movements=[{"id":"m1","qty":3}] as s
            sync
            expect stock_movement $s quantity=3
            online
            faults 0.5 0.5
            sync
            faults 0 0
            sync
            expect-synced
            update stock_movement $s quantity=-1
            expect stock_movement $s quantity=2
            sync
            list stock_movement
            """);

    assertThat(failures).as(printed.toString()).isZero();
    assertThat(client.serverCopy()).hasSize(1);
    assertThat(client.serverCopy().values().iterator().next().value("product_id"))
        .isEqualTo(FieldValue.of("filter 11"));
  }

  @Test
  void aFailedExpectationAndAnUnknownCommandAreCountedAndNamed() throws Exception {
    int failures =
        run(
            """
            create stock_movement van_id=v product_id=p quantity=1 as s
            expect stock_movement $s quantity=2
            jump
            """);

    assertThat(failures).isEqualTo(2);
    assertThat(printed.toString())
        .contains("quantity is 1, expected 2")
        .contains("unknown command jump");
  }

  @Test
  void pickNamesASyncedRecordAndItsFieldsAndDatesMove() throws Exception {
    int failures =
        run(
            """
            create stock_movement van_id=van-1 product_id=p1 quantity=3
            create stock_movement van_id=van-2 product_id=p2 quantity=4
            sync
            pick stock_movement van_id=van-2 as m
            create stock_movement van_id=$m.van_id product_id=$m.product_id quantity=$m.quantity from=$today+30 at=$now-60m as copy
            expect stock_movement $copy van_id=van-2 product_id=p2 quantity=4
            pick stock_movement van_id=van-9 as none
            """);

    assertThat(failures).as(printed.toString()).isOne();
    assertThat(printed.toString())
        .contains("m = stock_movement/")
        .contains("no visible stock_movement with {van_id=");
    assertThat(client.visible("stock_movement").values())
        .filteredOn(f -> f.containsKey("from"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.get("from"))
                  .isEqualTo(FieldValue.of(java.time.LocalDate.now().plusDays(30).toString()));
              assertThat(((FieldValue.TextValue) f.get("at")).value()).endsWith("Z");
            });
  }

  @Test
  void tokensKeepQuotedTextAndJsonTogether() {
    assertThat(ScriptRunner.tokens("create a x=\"two words\" y={\"k\": [1, 2]} z=[1, 2]"))
        .containsExactly("create", "a", "x=two words", "y={\"k\": [1, 2]}", "z=[1, 2]");
    assertThat(ScriptRunner.value("12")).isEqualTo(FieldValue.of(12));
    assertThat(ScriptRunner.value("plain text")).isEqualTo(FieldValue.of("plain text"));
  }
}
