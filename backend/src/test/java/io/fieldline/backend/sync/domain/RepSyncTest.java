package io.fieldline.backend.sync.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.sync.SyncDb;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.backend.support.sync.TestDevice;
import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.wire.AppliedResult;
import io.fieldline.sync.wire.DuplicateResult;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.RejectedResult;
import io.fieldline.sync.wire.json.SyncJson;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sales rep's phone creates an account, a contact, a quote with lines, an order with a line, a
 * payment and an activity offline: the server numbers the quote and order, re-prices them with the
 * shared pricing engine (its figures win; a line price the phone got wrong is corrected and
 * flagged), and the rep's second device receives everything; a resent batch applies nothing twice.
 */
@QuarkusTest
class RepSyncTest {

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;

  private SyncWorld world;
  private SyncDb db;
  private TestDevice phone;
  private TestDevice tablet;
  private TestDevice otherRep;
  private final UUID priceBook = UUID.randomUUID();

  @BeforeEach
  void aStandardPriceBookAndTwoDevicesOfRep1() {
    world = SyncWorld.create(dataSource);
    db = new SyncDb(dataSource, world.tenant);
    world.sql(
        "insert into price_book (id, name, kind, currency, valid_from)"
            + " values (?, 'Standard', 'STANDARD', 'EUR', date '2020-01-01')",
        priceBook);
    world.sql(
        "insert into price_book_entry (id, price_book_id, product_id, unit_price)"
            + " values (?, ?, ?, 100)",
        UUID.randomUUID(),
        priceBook,
        world.product);
    world.sql(
        "insert into tax_rate (id, category, rate_percent, valid_from)"
            + " values (?, 'STANDARD', 20, date '2020-01-01')",
        UUID.randomUUID());
    String token = tokens.issue(world.tenant, world.rep1);
    phone = TestDevice.register(token);
    tablet = TestDevice.register(token);
    otherRep = TestDevice.register(tokens.issue(world.tenant, world.rep2));
    phone.pull();
    tablet.pull();
    otherRep.pull();
  }

  @Test
  void theRepsDevicesHoldThePriceBooks() {
    assertThat(phone.holds(new RecordKey("price_book", priceBook))).isTrue();
    assertThat(phone.records().keySet())
        .filteredOn(k -> k.entityType().equals("price_book_entry"))
        .hasSize(1);
  }

  @Test
  void anOfflineSaleIsNumberedRepricedAndReachesTheSecondDeviceOnly() {
    List<Mutation> batch = offlineSale("50");

    PushResult result = phone.push(batch.toArray(Mutation[]::new));

    assertThat(result.results()).allMatch(r -> r instanceof AppliedResult, result.toString());
    UUID quote = batch.get(2).recordId();
    UUID order = batch.get(5).recordId();
    assertThat(((AppliedResult) result.results().get(2)).assigned().get("number"))
        .isInstanceOfSatisfying(
            FieldValue.TextValue.class, t -> assertThat(t.value()).matches("Q-\\d{6}"));
    assertThat(((AppliedResult) result.results().get(5)).assigned().get("number"))
        .isInstanceOfSatisfying(
            FieldValue.TextValue.class, t -> assertThat(t.value()).matches("SO-\\d{6}"));
    assertThat(((AppliedResult) result.results().get(0)).assigned()).isEmpty();
    assertThat(
            db.count(
                "select count(*) from quote where id = ? and number ~ '^Q-[0-9]{6}$'"
                    + " and list_total = 300 and net = 300 and tax = 60 and grand_total = 360"
                    + " and totals_corrected and jsonb_array_length(totals_mismatch) = 1",
                quote))
        .isOne();
    assertThat(
            db.count(
                "select count(*) from quote_line where quote_id = ? and list_unit_price = 100"
                    + " and price_book_id = ?",
                quote,
                priceBook))
        .isEqualTo(2);
    assertThat(
            db.count(
                "select count(*) from sales_order where id = ? and number ~ '^SO-[0-9]{6}$'"
                    + " and grand_total = 120 and paid_total = 50 and not totals_corrected",
                order))
        .isOne();

    tablet.pull();
    phone.pull();
    for (Mutation m : batch) {
      RecordKey key = new RecordKey(m.entityType(), m.recordId());
      assertThat(tablet.holds(key)).as(m.entityType()).isTrue();
    }
    for (TestDevice device : List.of(phone, tablet)) {
      assertThat(device.get(new RecordKey("quote", quote)).value("number"))
          .isInstanceOfSatisfying(
              FieldValue.TextValue.class, t -> assertThat(t.value()).matches("Q-\\d{6}"));
      assertThat(device.get(new RecordKey("quote", quote)).value("grand_total"))
          .isInstanceOfSatisfying(
              FieldValue.NumberValue.class, n -> assertThat(n.value()).isEqualByComparingTo("360"));
      assertThat(device.get(new RecordKey("sales_order", order)).value("number"))
          .isInstanceOfSatisfying(
              FieldValue.TextValue.class, t -> assertThat(t.value()).matches("SO-\\d{6}"));
    }
    otherRep.pull();
    assertThat(otherRep.holds(new RecordKey("quote", quote))).isFalse();
    assertThat(otherRep.holds(new RecordKey("account", batch.get(0).recordId()))).isFalse();
  }

  @Test
  void aLostPushResponseThenAResendAppliesNothingTwice() {
    List<Mutation> batch = offlineSale("50");
    assertThat(phone.pushRaw(batch).status()).isEqualTo(200);

    PushResult resent = (PushResult) SyncJson.decodePushResponse(phone.pushRaw(batch).bytes());

    assertThat(resent.results()).allMatch(r -> r instanceof DuplicateResult);
    assertThat(db.count("select count(*) from quote")).isOne();
    assertThat(db.count("select count(*) from quote_line")).isEqualTo(2);
    assertThat(db.count("select count(*) from payment")).isOne();
    assertThat(db.count("select count(*) from sales_order where paid_total = 50")).isOne();
    assertThat(db.count("select last_value from number_sequence where name = 'QUOTE'")).isOne();
  }

  @Test
  void aPaymentAboveWhatIsOpenIsRejected() {
    List<Mutation> batch = offlineSale("500");

    PushResult result = phone.push(batch.toArray(Mutation[]::new));

    assertThat(result.results().get(7))
        .isInstanceOfSatisfying(
            RejectedResult.class,
            r -> {
              assertThat(r.code()).isEqualTo(SyncErrorCode.VALIDATION_FAILED);
              assertThat(r.message()).contains("amount_open");
            });
    assertThat(result.results().get(8)).isInstanceOf(AppliedResult.class);
    assertThat(db.count("select count(*) from payment")).isZero();
    assertThat(db.count("select count(*) from sales_order where paid_total = 0")).isOne();
  }

  /** account, contact, quote, 2 quote lines, order, order line, payment, activity. */
  private List<Mutation> offlineSale(String payment) {
    String today = LocalDate.now().toString();
    String rep = world.rep1.toString();
    List<Mutation> batch = new ArrayList<>();
    Mutation account =
        phone.create(
            "account",
            Map.of("name", FieldValue.of("Corner Bakery"), "territory_id", id(world.t1)));
    batch.add(account);
    Mutation contact =
        phone.create(
            "contact",
            Map.of(
                "account_id", id(account.recordId()),
                "first_name", FieldValue.of("Alex"),
                "last_name", FieldValue.of("Baker")));
    batch.add(contact);
    Map<String, FieldValue> quote = new HashMap<>();
    quote.put("account_id", id(account.recordId()));
    quote.put("contact_id", id(contact.recordId()));
    quote.put("territory_id", id(world.t1));
    quote.put("owner_user_id", FieldValue.of(rep));
    quote.put("status", FieldValue.of("DRAFT"));
    quote.put("currency", FieldValue.of("EUR"));
    quote.put("pricing_date", FieldValue.of(today));
    quote.put("valid_until", FieldValue.of(LocalDate.now().plusDays(30).toString()));
    quote.put("quote_discount_percent", FieldValue.of(0));
    Mutation q = phone.create("quote", quote);
    batch.add(q);
    batch.add(phone.create("quote_line", line(q.recordId(), 0, 2, "100")));
    batch.add(phone.create("quote_line", line(q.recordId(), 1, 1, "90")));
    Map<String, FieldValue> order = new HashMap<>();
    order.put("account_id", id(account.recordId()));
    order.put("territory_id", id(world.t1));
    order.put("owner_user_id", FieldValue.of(rep));
    order.put("status", FieldValue.of("PENDING_APPROVAL"));
    order.put("currency", FieldValue.of("EUR"));
    order.put("order_date", FieldValue.of(today));
    order.put("payment_terms_days", FieldValue.of(30));
    order.put("due_date", FieldValue.of(LocalDate.now().plusDays(30).toString()));
    Mutation o = phone.create("sales_order", order);
    batch.add(o);
    batch.add(
        phone.create(
            "order_line",
            Map.of(
                "order_id", id(o.recordId()),
                "position", FieldValue.of(0),
                "product_id", id(world.product),
                "quantity", FieldValue.of(1),
                "discount_percent", FieldValue.of(0))));
    batch.add(
        phone.create(
            "payment",
            Map.of(
                "order_id", id(o.recordId()),
                "amount", FieldValue.of(new BigDecimal(payment)),
                "currency", FieldValue.of("EUR"),
                "method", FieldValue.of("CASH"),
                "paid_on", FieldValue.of(today),
                "collected_by", FieldValue.of(rep))));
    batch.add(
        phone.create(
            "activity",
            Map.of(
                "account_id", id(account.recordId()),
                "owner_user_id", FieldValue.of(rep),
                "type", FieldValue.of("VISIT"),
                "occurred_at", FieldValue.of(Instant.now().toString()),
                "subject", FieldValue.of("Signed the first order"))));
    return batch;
  }

  private Map<String, FieldValue> line(UUID quote, int position, int quantity, String price) {
    Map<String, FieldValue> line = new HashMap<>();
    line.put("quote_id", id(quote));
    line.put("position", FieldValue.of(position));
    line.put("product_id", id(world.product));
    line.put("quantity", FieldValue.of(quantity));
    line.put("discount_percent", FieldValue.of(0));
    line.put("price_book_id", id(priceBook));
    line.put("list_unit_price", FieldValue.of(new BigDecimal(price)));
    return line;
  }

  private static FieldValue id(UUID id) {
    return FieldValue.of(id.toString());
  }
}
