package io.fieldline.backend.support.sync;

import io.fieldline.contract.client.SyncClient;
import io.fieldline.sync.model.AttachmentRef;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a technician's and a rep's phone record offline with the reference client (payload shapes as
 * in {@code TechnicianSyncTest} and {@code RepSyncTest}); each method returns the keys of the
 * records it created.
 */
public final class OfflineFieldWork {

  private OfflineFieldWork() {}

  /** A STANDARD EUR price book listing the world's product at 100, and 20% standard tax. */
  public static UUID standardPrices(SyncWorld world) {
    UUID priceBook = UUID.randomUUID();
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
    return priceBook;
  }

  /**
   * The field world's visit worked to the end: TRAVELING, ON_SITE, a report with a checklist
   * answer, 40 minutes of work, 2 parts from the van, a photo, the customer's signature, the notes
   * edited, COMPLETED (10 mutations, 6 records created).
   */
  public static List<RecordKey> completeVisit(
      SyncClient phone, FieldWorld field, AttachmentRef photo) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String tech = field.world.tech.toString();
    RecordKey visit = new RecordKey("visit", field.visit);
    List<RecordKey> created = new ArrayList<>();
    phone.update(visit, Map.of("status", text("TRAVELING")));
    phone.update(visit, Map.of("status", text("ON_SITE")));
    RecordKey report =
        phone.create(
            "visit_report",
            Map.of(
                "visit_id", id(field.visit),
                "checklist_template_id", id(field.template),
                "notes", text("Replaced the seal")));
    created.add(report);
    FieldValue reportId = id(report.id());
    created.add(
        phone.create(
            "checklist_answer",
            Map.of(
                "report_id", reportId,
                "template_id", id(field.template),
                "item_code", text("pressure_ok"),
                "value", text("YES"),
                "answered_at", text(now),
                "answered_by", text(tech))));
    created.add(
        phone.create(
            "time_entry",
            Map.of(
                "report_id", reportId,
                "kind", text("WORK"),
                "started_at", text(now.minus(40, ChronoUnit.MINUTES)),
                "stopped_at", text(now))));
    created.add(
        phone.create(
            "stock_movement",
            Map.of(
                "location_id", id(field.van1),
                "product_id", id(field.world.product),
                "kind", text("USED_ON_VISIT"),
                "quantity", FieldValue.of(new BigDecimal("-2")),
                "visit_id", id(field.visit),
                "actor_user_id", text(tech))));
    created.add(
        phone.create(
            "report_attachment",
            Map.of(
                "report_id", reportId,
                "kind", text("PHOTO"),
                "storage_ref", text("sha256/" + photo.sha256()),
                "content_sha256", text(photo.sha256()),
                "size_bytes", FieldValue.of(photo.size()),
                "media_type", text(photo.mediaType()),
                "created_by", text(tech))));
    created.add(
        phone.create(
            "report_signature",
            Map.of(
                "report_id", reportId,
                "signer_name", text("Pat Customer"),
                "signed_at", text(now),
                "image_ref", text("sha256/" + "b".repeat(64)),
                "image_sha256", text("b".repeat(64)),
                "report_sha256", text("c".repeat(64)),
                "recorded_by", text(tech))));
    phone.update(report, Map.of("notes", text("Replaced the seal; pressure back to 1.5 bar")));
    phone.update(visit, Map.of("status", text("COMPLETED")));
    return created;
  }

  /**
   * A new customer of T1 with a contact, a quote with 2 lines (2 + 1 pumps at 100), an order from
   * that quote with 1 line, and a payment of 50 (8 creates).
   */
  public static List<RecordKey> sale(SyncClient phone, SyncWorld world, UUID priceBook) {
    String today = LocalDate.now().toString();
    FieldValue rep = id(world.rep1);
    List<RecordKey> created = new ArrayList<>();
    RecordKey account =
        phone.create(
            "account", Map.of("name", text("Corner Bakery"), "territory_id", id(world.t1)));
    created.add(account);
    RecordKey contact =
        phone.create(
            "contact",
            Map.of(
                "account_id", id(account.id()),
                "first_name", text("Alex"),
                "last_name", text("Baker")));
    created.add(contact);
    Map<String, FieldValue> quote = new HashMap<>();
    quote.put("account_id", id(account.id()));
    quote.put("contact_id", id(contact.id()));
    quote.put("territory_id", id(world.t1));
    quote.put("owner_user_id", rep);
    quote.put("status", text("DRAFT"));
    quote.put("currency", text("EUR"));
    quote.put("pricing_date", text(today));
    quote.put("valid_until", text(LocalDate.now().plusDays(30)));
    quote.put("quote_discount_percent", FieldValue.of(0));
    RecordKey q = phone.create("quote", quote);
    created.add(q);
    created.add(phone.create("quote_line", quoteLine(world, q.id(), priceBook, 0, 2)));
    created.add(phone.create("quote_line", quoteLine(world, q.id(), priceBook, 1, 1)));
    Map<String, FieldValue> order = new HashMap<>();
    order.put("account_id", id(account.id()));
    order.put("quote_id", id(q.id()));
    order.put("territory_id", id(world.t1));
    order.put("owner_user_id", rep);
    order.put("status", text("PENDING_APPROVAL"));
    order.put("currency", text("EUR"));
    order.put("order_date", text(today));
    order.put("payment_terms_days", FieldValue.of(30));
    order.put("due_date", text(LocalDate.now().plusDays(30)));
    RecordKey o = phone.create("sales_order", order);
    created.add(o);
    created.add(
        phone.create(
            "order_line",
            Map.of(
                "order_id", id(o.id()),
                "position", FieldValue.of(0),
                "product_id", id(world.product),
                "quantity", FieldValue.of(1),
                "discount_percent", FieldValue.of(0))));
    created.add(
        phone.create(
            "payment",
            Map.of(
                "order_id", id(o.id()),
                "amount", FieldValue.of(new BigDecimal("50")),
                "currency", text("EUR"),
                "method", text("CASH"),
                "paid_on", text(today),
                "collected_by", rep)));
    return created;
  }

  private static Map<String, FieldValue> quoteLine(
      SyncWorld world, UUID quote, UUID priceBook, int position, int quantity) {
    Map<String, FieldValue> line = new HashMap<>();
    line.put("quote_id", id(quote));
    line.put("position", FieldValue.of(position));
    line.put("product_id", id(world.product));
    line.put("quantity", FieldValue.of(quantity));
    line.put("discount_percent", FieldValue.of(0));
    line.put("price_book_id", id(priceBook));
    line.put("list_unit_price", FieldValue.of(new BigDecimal("100")));
    return line;
  }

  private static FieldValue id(UUID id) {
    return FieldValue.of(id.toString());
  }

  private static FieldValue text(Object value) {
    return FieldValue.of(value.toString());
  }
}
