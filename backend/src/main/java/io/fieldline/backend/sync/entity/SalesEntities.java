package io.fieldline.backend.sync.entity;

import static io.fieldline.backend.sync.entity.Column.of;
import static io.fieldline.backend.sync.entity.Column.text;

import io.fieldline.sync.merge.DeleteRule;
import io.fieldline.sync.merge.StateMachine;
import io.fieldline.sync.wire.Operation;
import java.math.BigDecimal;
import java.util.List;

/**
 * The sales types on reps' phones (backend/docs/sync.md): opportunities, activities, quotes with
 * lines, orders with lines and payments (created offline, numbered and re-priced by the server),
 * and the read-only price books.
 */
final class SalesEntities {

  private static final String CURRENCY = "^[A-Z]{3}$";

  /** Devices keep drafts; submission and approval are server steps. */
  static final StateMachine QUOTE_STATUS =
      StateMachine.startingAt("DRAFT")
          .allow("DRAFT")
          .allow("PENDING_APPROVAL")
          .allow("APPROVED")
          .allow("SENT")
          .allow("ACCEPTED")
          .allow("REJECTED")
          .allow("EXPIRED")
          .build();

  /** Devices create orders for approval and may cancel them until confirmed. */
  static final StateMachine ORDER_STATUS =
      StateMachine.startingAt("PENDING_APPROVAL")
          .allow("PENDING_APPROVAL", "CANCELLED")
          .allow("CONFIRMED")
          .allow("REJECTED")
          .allow("CANCELLED")
          .build();

  private SalesEntities() {}

  static List<SyncedEntity> all() {
    return List.of(
        opportunity(),
        activity(),
        quote(),
        quoteLine(),
        order(),
        orderLine(),
        payment(),
        priceBook(),
        priceBookEntry());
  }

  static Declared opportunity() {
    return Declared.of("opportunity", "opportunity")
        .rule(ScopeRule.REP_TERRITORY, "territory_id")
        .server(
            of("account_id", ColumnType.UUID).required(),
            of("territory_id", ColumnType.UUID).required(),
            of("owner_user_id", ColumnType.UUID).required())
        .shared(
            text("name").required().maxLength(200),
            of("stage_id", ColumnType.UUID).required(),
            of("amount", ColumnType.NUMBER).between(0, 1e12),
            text("currency").required().matching(CURRENCY),
            of("probability", ColumnType.NUMBER).required().between(0, 100),
            of("expected_close", ColumnType.DATE))
        .device(text("competitors"), text("win_loss_reason"))
        .references("account_id", "account")
        .check(ScopeRules.callerTerritory("territory_id"))
        .check(DbRules.you("owner_user_id"))
        .check(
            DbRules.exists(
                "stage_id_exists",
                "stage_id must name a pipeline stage",
                "select 1 from pipeline_stage where id = ?::uuid and ?::uuid is not null",
                "stage_id"))
        .devices(Operation.CREATE, Operation.UPDATE)
        .onUpdate("version = version + 1, updated_at = now()");
  }

  static Declared activity() {
    return Declared.of("activity", "activity")
        .follows("account", "account_id")
        .server(
            of("account_id", ColumnType.UUID).required(),
            of("owner_user_id", ColumnType.UUID).required())
        .device(
            of("contact_id", ColumnType.UUID),
            of("opportunity_id", ColumnType.UUID),
            text("type").required().oneOf("VISIT", "CALL", "EMAIL", "MEETING", "DEMO"),
            of("occurred_at", ColumnType.TIMESTAMP).required(),
            text("subject").required().maxLength(200),
            text("result"),
            text("notes"),
            text("next_step"),
            of("due_date", ColumnType.DATE),
            of("follow_up_done", ColumnType.BOOLEAN))
        .references("account_id", "account")
        .references("contact_id", "contact")
        .references("opportunity_id", "opportunity")
        .check(DbRules.you("owner_user_id"))
        .check(
            DbRules.of(
                "due_date_needs_next_step",
                "a due_date needs a next_step",
                f -> DbRules.text(f, "due_date") == null || DbRules.text(f, "next_step") != null))
        .devices(Operation.CREATE, Operation.UPDATE)
        .deleteRule(DeleteRule.DELETE_WINS);
  }

  static Declared quote() {
    return Declared.of("quote", "quote")
        .rule(ScopeRule.REP_TERRITORY, "territory_id")
        .server(
            text("number"),
            of("account_id", ColumnType.UUID).required(),
            of("territory_id", ColumnType.UUID).required(),
            of("owner_user_id", ColumnType.UUID).required(),
            of("list_total", ColumnType.NUMBER),
            of("subtotal", ColumnType.NUMBER),
            of("quote_discount", ColumnType.NUMBER),
            of("discount_total", ColumnType.NUMBER),
            of("net", ColumnType.NUMBER),
            of("tax", ColumnType.NUMBER),
            of("grand_total", ColumnType.NUMBER),
            text("verdict"),
            of("totals_corrected", ColumnType.BOOLEAN))
        .status(text("status").required(), QUOTE_STATUS)
        .shared(
            of("contact_id", ColumnType.UUID),
            of("opportunity_id", ColumnType.UUID),
            text("currency").required().matching(CURRENCY),
            of("pricing_date", ColumnType.DATE).required(),
            of("valid_until", ColumnType.DATE).required(),
            of("quote_discount_percent", ColumnType.NUMBER).between(0, 100))
        .device(text("notes"))
        .references("account_id", "account")
        .references("contact_id", "contact")
        .references("opportunity_id", "opportunity")
        .check(ScopeRules.callerTerritory("territory_id"))
        .check(DbRules.you("owner_user_id"))
        .check(
            DbRules.of(
                "valid_until_after_pricing_date",
                "valid_until must not be before pricing_date",
                f ->
                    DbRules.text(f, "valid_until") == null
                        || DbRules.text(f, "pricing_date") == null
                        || DbRules.text(f, "valid_until").compareTo(DbRules.text(f, "pricing_date"))
                            >= 0))
        .devices(Operation.CREATE, Operation.UPDATE)
        .deleteRule(DeleteRule.HOLD)
        .onUpdate("version = version + 1, updated_at = now()")
        .assigns("number")
        .hook(Repricing::quote);
  }

  static Declared quoteLine() {
    return Declared.of("quote_line", "quote_line")
        .follows("quote", "quote_id")
        .server(
            of("quote_id", ColumnType.UUID).required(),
            of("price_book_id", ColumnType.UUID).required(),
            of("list_unit_price", ColumnType.NUMBER),
            of("unit_price", ColumnType.NUMBER),
            of("list_amount", ColumnType.NUMBER),
            of("net_amount", ColumnType.NUMBER),
            of("quote_discount_share", ColumnType.NUMBER),
            of("taxable_amount", ColumnType.NUMBER),
            of("tax_rate_percent", ColumnType.NUMBER),
            of("tax_amount", ColumnType.NUMBER),
            of("total_amount", ColumnType.NUMBER))
        .shared(
            of("position", ColumnType.NUMBER).required().between(0, 10000),
            of("product_id", ColumnType.UUID).required(),
            of("quantity", ColumnType.NUMBER).required(),
            of("discount_percent", ColumnType.NUMBER).required().between(0, 100),
            of("unit_price_override", ColumnType.NUMBER))
        .references("quote_id", "quote")
        .references("product_id", "product")
        .references("price_book_id", "price_book")
        .check(DbRules.above("quantity", BigDecimal.ZERO))
        .check(
            DbRules.none(
                "position_once",
                "the quote has a line at this position already",
                "select 1 from quote_line where quote_id = ?::uuid and position = ?::integer"
                    + " and id <> ?",
                "quote_id",
                "position"))
        .devices(Operation.CREATE, Operation.UPDATE, Operation.DELETE)
        .deleteRule(DeleteRule.DELETE_WINS)
        .hook(Repricing::quoteLine);
  }

  static Declared order() {
    return Declared.of("sales_order", "sales_order")
        .rule(ScopeRule.REP_TERRITORY, "territory_id")
        .server(
            text("number"),
            of("account_id", ColumnType.UUID).required(),
            of("territory_id", ColumnType.UUID).required(),
            of("owner_user_id", ColumnType.UUID).required(),
            of("quote_id", ColumnType.UUID),
            text("delivery_status"),
            text("currency").required().matching(CURRENCY),
            of("order_date", ColumnType.DATE).required(),
            of("payment_terms_days", ColumnType.NUMBER).required().between(0, 365),
            of("due_date", ColumnType.DATE).required(),
            of("list_total", ColumnType.NUMBER),
            of("discount_total", ColumnType.NUMBER),
            of("net", ColumnType.NUMBER),
            of("tax", ColumnType.NUMBER),
            of("grand_total", ColumnType.NUMBER),
            of("paid_total", ColumnType.NUMBER),
            of("totals_corrected", ColumnType.BOOLEAN))
        .status(text("status").required(), ORDER_STATUS)
        .device(text("signatory_name"), text("notes"))
        .references("account_id", "account")
        .references("quote_id", "quote")
        .check(ScopeRules.callerTerritory("territory_id"))
        .check(DbRules.you("owner_user_id"))
        .devices(Operation.CREATE, Operation.UPDATE)
        .deleteRule(DeleteRule.HOLD)
        .onUpdate("version = version + 1, updated_at = now()")
        .assigns("number");
  }

  static Declared orderLine() {
    return Declared.of("order_line", "order_line")
        .follows("sales_order", "order_id")
        .server(
            of("order_id", ColumnType.UUID).required(),
            of("position", ColumnType.NUMBER).required().between(0, 10000),
            of("product_id", ColumnType.UUID).required(),
            of("quantity", ColumnType.NUMBER).required(),
            of("discount_percent", ColumnType.NUMBER).required().between(0, 100),
            of("list_unit_price", ColumnType.NUMBER),
            of("unit_price", ColumnType.NUMBER),
            of("list_amount", ColumnType.NUMBER),
            of("net_amount", ColumnType.NUMBER),
            of("tax_amount", ColumnType.NUMBER),
            of("total_amount", ColumnType.NUMBER))
        .references("order_id", "sales_order")
        .references("product_id", "product")
        .check(DbRules.above("quantity", BigDecimal.ZERO))
        .check(
            DbRules.none(
                "position_once",
                "the order has a line at this position already",
                "select 1 from order_line where order_id = ?::uuid and position = ?::integer"
                    + " and id <> ?",
                "order_id",
                "position"))
        .devices(Operation.CREATE)
        .deleteRule(DeleteRule.HOLD)
        .hook(Repricing::orderLine);
  }

  static Declared payment() {
    return Declared.of("payment", "payment")
        .follows("sales_order", "order_id")
        .server(
            of("order_id", ColumnType.UUID).required(),
            of("amount", ColumnType.NUMBER).required(),
            text("currency").required().matching(CURRENCY),
            text("method").required().oneOf("CASH", "CARD", "BANK_TRANSFER", "CHEQUE"),
            of("paid_on", ColumnType.DATE).required(),
            of("collected_by", ColumnType.UUID).required(),
            text("reference"))
        .references("order_id", "sales_order")
        .check(DbRules.above("amount", BigDecimal.ZERO))
        .check(DbRules.you("collected_by"))
        .check(
            DbRules.exists(
                "amount_open",
                "amount must be in the order's currency and at most what is still open",
                "select 1 from sales_order where id = ?::uuid and currency = ?"
                    + " and paid_total + ?::numeric <= grand_total and ?::uuid is not null",
                "order_id",
                "currency",
                "amount"))
        .devices(Operation.CREATE)
        .deleteRule(DeleteRule.HOLD)
        .hook(
            (c, state, before) -> {
              if (before == null) {
                try (var p =
                    c.prepareStatement(
                        "update sales_order set paid_total = paid_total + p.amount,"
                            + " updated_at = now(), version = version + 1 from payment p"
                            + " where p.id = ? and sales_order.id = p.order_id")) {
                  p.setObject(1, state.key().id());
                  p.executeUpdate();
                }
              }
            });
  }

  static Declared priceBook() {
    return Declared.of("price_book", "price_book")
        .server(
            text("name"),
            text("kind"),
            of("owner_category_id", ColumnType.UUID),
            of("owner_account_id", ColumnType.UUID),
            text("currency"),
            of("valid_from", ColumnType.DATE),
            of("valid_to", ColumnType.DATE));
  }

  static Declared priceBookEntry() {
    return Declared.of("price_book_entry", "price_book_entry")
        .server(
            of("price_book_id", ColumnType.UUID),
            of("product_id", ColumnType.UUID),
            of("unit_price", ColumnType.NUMBER));
  }
}
