package io.fieldline.sync.merge;

import static io.fieldline.sync.merge.FieldType.ATTACHMENT;
import static io.fieldline.sync.merge.FieldType.ATTACHMENT_LIST;
import static io.fieldline.sync.merge.FieldType.LIST;
import static io.fieldline.sync.merge.FieldType.NUMBER;
import static io.fieldline.sync.merge.FieldType.OBJECT;
import static io.fieldline.sync.merge.FieldType.TEXT;
import static io.fieldline.sync.merge.FieldType.TIMESTAMP;

import io.fieldline.sync.model.FieldValue;
import java.math.BigDecimal;

/**
 * Fieldline's entity policies, as the backend and the conformance vectors use them (registry name
 * {@value #NAME}). Server-owned: assignment, schedule, price book, account master data.
 * Device-owned: visit notes, checklist answers, time entries, photos, signatures. Counters: van
 * stock. State machines: every status. Shared fields are held for a person.
 */
public final class FieldlinePolicies {

  /** The registry name vectors refer to. */
  public static final String NAME = "fieldline-default";

  private static final PolicyRegistry REGISTRY =
      PolicyRegistry.builder(NAME)
          .add(visit())
          .add(visitReport())
          .add(stockMovement())
          .add(quote())
          .add(order())
          .add(payment())
          .add(account())
          .add(contact())
          .add(activity())
          .build();

  private FieldlinePolicies() {}

  /** The registry. */
  public static PolicyRegistry registry() {
    return REGISTRY;
  }

  static EntityPolicy visit() {
    return EntityPolicy.builder("visit")
        .requiredField("account_id", TEXT, MergePolicy.SERVER_WINS)
        .serverOwned("site_id", TEXT)
        .serverOwned("work_order_id", TEXT)
        .serverOwned("assigned_technician_id", TEXT)
        .serverOwned("scheduled_start", TIMESTAMP)
        .serverOwned("scheduled_end", TIMESTAMP)
        .status(
            "status",
            StateMachine.startingAt("SCHEDULED")
                .allow("SCHEDULED", "EN_ROUTE", "CANCELLED")
                .allow("EN_ROUTE", "ON_SITE", "SCHEDULED", "CANCELLED")
                .allow("ON_SITE", "PAUSED", "COMPLETED")
                .allow("PAUSED", "ON_SITE", "COMPLETED")
                .allow("COMPLETED")
                .allow("CANCELLED")
                .build())
        .deviceOwned("notes", TEXT)
        .deviceOwned("checklist", OBJECT)
        .deviceOwned("arrived_at", TIMESTAMP)
        .deviceOwned("completed_at", TIMESTAMP)
        .deviceOwned("signature", ATTACHMENT)
        .appendOnly("time_entries", LIST)
        .appendOnly("photos", ATTACHMENT_LIST)
        .appendOnly("parts_used", LIST)
        .deleteRule(DeleteRule.HOLD)
        .build();
  }

  static EntityPolicy visitReport() {
    return EntityPolicy.builder("visit_report")
        .requiredField("visit_id", TEXT, MergePolicy.SERVER_WINS)
        .deviceOwned("summary", TEXT)
        .deviceOwned("findings", TEXT)
        .deviceOwned("checklist_answers", OBJECT)
        .deviceOwned("customer_name", TEXT)
        .deviceOwned("signature", ATTACHMENT)
        .appendOnly("photos", ATTACHMENT_LIST)
        .status(
            "status",
            StateMachine.startingAt("DRAFT")
                .allow("DRAFT", "SUBMITTED")
                .allow("SUBMITTED", "APPROVED", "RETURNED")
                .allow("RETURNED", "SUBMITTED")
                .allow("APPROVED")
                .build())
        .deleteRule(DeleteRule.EDIT_WINS)
        .build();
  }

  static EntityPolicy stockMovement() {
    return EntityPolicy.builder("stock_movement")
        .requiredField("van_id", TEXT, MergePolicy.SERVER_WINS)
        .requiredField("product_id", TEXT, MergePolicy.SERVER_WINS)
        .serverOwned("unit", TEXT)
        .counter("quantity")
        .appendOnly("movements", LIST)
        .deleteRule(DeleteRule.DELETE_WINS)
        .build();
  }

  static EntityPolicy quote() {
    return EntityPolicy.builder("quote")
        .requiredField("account_id", TEXT, MergePolicy.SERVER_WINS)
        .serverOwned("price_book_id", TEXT)
        .serverOwned("approval_note", TEXT)
        .shared("lines", LIST)
        .shared("discount_percent", NUMBER)
        .shared("valid_until", TIMESTAMP)
        .deviceOwned("notes", TEXT)
        .status(
            "status",
            StateMachine.startingAt("DRAFT")
                .allow("DRAFT", "SUBMITTED", "CANCELLED")
                .allow("SUBMITTED", "APPROVED", "REJECTED", "DRAFT")
                .allow("APPROVED", "ACCEPTED", "DECLINED", "EXPIRED")
                .allow("REJECTED", "DRAFT")
                .allow("ACCEPTED")
                .allow("DECLINED")
                .allow("EXPIRED")
                .allow("CANCELLED")
                .build())
        .rule(
            new RecordRule(
                "discount_in_range",
                "discount_percent must be between 0 and 100",
                fields -> inRange(fields.get("discount_percent"), 0, 100)))
        .deleteRule(DeleteRule.HOLD)
        .build();
  }

  static EntityPolicy order() {
    return EntityPolicy.builder("order")
        .serverOwned("quote_id", TEXT)
        .requiredField("account_id", TEXT, MergePolicy.SERVER_WINS)
        .serverOwned("lines", LIST)
        .serverOwned("total", NUMBER)
        .deviceOwned("delivery_notes", TEXT)
        .status(
            "status",
            StateMachine.startingAt("CONFIRMED")
                .allow("CONFIRMED", "FULFILLED", "CANCELLED")
                .allow("FULFILLED", "CLOSED")
                .allow("CLOSED")
                .allow("CANCELLED")
                .build())
        .deleteRule(DeleteRule.EDIT_WINS)
        .build();
  }

  static EntityPolicy payment() {
    return EntityPolicy.builder("payment")
        .requiredField("order_id", TEXT, MergePolicy.SERVER_WINS)
        .requiredField("amount", NUMBER, MergePolicy.HOLD_FOR_PERSON)
        .requiredField("currency", TEXT, MergePolicy.HOLD_FOR_PERSON)
        .shared("method", TEXT)
        .deviceOwned("reference", TEXT)
        .deviceOwned("received_at", TIMESTAMP)
        .deviceOwned("receipt", ATTACHMENT)
        .status(
            "status",
            StateMachine.startingAt("RECORDED")
                .allow("RECORDED", "CONFIRMED", "VOIDED")
                .allow("CONFIRMED", "REFUNDED")
                .allow("VOIDED")
                .allow("REFUNDED")
                .build())
        .rule(
            new RecordRule(
                "amount_positive",
                "amount must be greater than 0",
                fields -> greaterThanZero(fields.get("amount"))))
        .deleteRule(DeleteRule.HOLD)
        .build();
  }

  static EntityPolicy account() {
    return EntityPolicy.builder("account")
        .requiredField("name", TEXT, MergePolicy.SERVER_WINS)
        .serverOwned("billing_address", OBJECT)
        .serverOwned("territory_id", TEXT)
        .serverOwned("classification", TEXT)
        .serverOwned("phone", TEXT)
        .deviceOwned("field_notes", TEXT)
        .deleteRule(DeleteRule.DELETE_WINS)
        .build();
  }

  static EntityPolicy contact() {
    return EntityPolicy.builder("contact")
        .requiredField("account_id", TEXT, MergePolicy.SERVER_WINS)
        .shared("first_name", TEXT)
        .requiredField("last_name", TEXT, MergePolicy.HOLD_FOR_PERSON)
        .shared("email", TEXT)
        .shared("phone", TEXT)
        .shared("role", TEXT)
        .deviceOwned("notes", TEXT)
        .deleteRule(DeleteRule.EDIT_WINS)
        .build();
  }

  static EntityPolicy activity() {
    return EntityPolicy.builder("activity")
        .serverOwned("account_id", TEXT)
        .requiredField("kind", TEXT, MergePolicy.DEVICE_WINS)
        .requiredField("subject", TEXT, MergePolicy.DEVICE_WINS)
        .deviceOwned("notes", TEXT)
        .deviceOwned("occurred_at", TIMESTAMP)
        .deviceOwned("duration_minutes", NUMBER)
        .appendOnly("attendees", LIST)
        .deleteRule(DeleteRule.DELETE_WINS)
        .build();
  }

  private static boolean inRange(FieldValue value, long min, long max) {
    if (!(value instanceof FieldValue.NumberValue)) {
      return true;
    }
    BigDecimal n = ((FieldValue.NumberValue) value).value();
    return n.compareTo(BigDecimal.valueOf(min)) >= 0 && n.compareTo(BigDecimal.valueOf(max)) <= 0;
  }

  private static boolean greaterThanZero(FieldValue value) {
    return !(value instanceof FieldValue.NumberValue)
        || ((FieldValue.NumberValue) value).value().signum() > 0;
  }
}
