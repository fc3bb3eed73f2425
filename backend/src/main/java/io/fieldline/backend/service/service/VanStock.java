package io.fieldline.backend.service.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.StockMovementKind;
import io.fieldline.backend.service.Technician;
import io.fieldline.backend.service.persistence.ReportStore;
import io.fieldline.backend.service.persistence.StockStore;
import io.fieldline.backend.service.persistence.TechnicianStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Van stock, changed only by appending signed movements. A withdrawal locks the van, sums its
 * movements and refuses to go below zero (INSUFFICIENT_STOCK), so two withdrawals racing for the
 * last parts cannot both succeed.
 */
@ApplicationScoped
public class VanStock {
  private final ServiceDb db;
  private final ReportEdit edit;
  private final ReportStore reports;
  private final StockStore stock;
  private final TechnicianStore technicians;

  public VanStock(
      ServiceDb db,
      ReportEdit edit,
      ReportStore reports,
      StockStore stock,
      TechnicianStore technicians) {
    this.db = db;
    this.edit = edit;
    this.reports = reports;
    this.stock = stock;
    this.technicians = technicians;
  }

  /** A part fitted on the visit, taken from the assignee's van; returns the movement id. */
  public Uni<UUID> usePart(ServiceScope scope, UUID visitId, UUID productId, BigDecimal quantity) {
    Check.present("productId", productId);
    BigDecimal amount = Check.quantity("quantity", quantity);
    return edit.run(
        scope,
        visitId,
        ReportEdit.ON_SITE,
        (c, v, r) ->
            technicians
                .find(c, v.assigneeId())
                .chain(
                    t -> {
                      if (t == null) {
                        throw new ApiException(
                            ErrorCode.INVALID_STATE, "The assignee has no van to take parts from");
                      }
                      return withdraw(
                          c,
                          t,
                          productId,
                          StockMovementKind.USED_ON_VISIT,
                          amount,
                          visitId,
                          null,
                          scope.userId());
                    })
                .call(() -> reports.touch(c, r.id())));
  }

  /**
   * A desk movement on a technician's van: TRANSFER_IN, RETURNED (positive amounts) or ADJUSTED
   * (signed, with a note). Usage is recorded on visits only.
   */
  public Uni<UUID> record(
      ServiceScope scope,
      UUID technicianId,
      UUID productId,
      StockMovementKind kind,
      BigDecimal quantity,
      String note) {
    Check.present("kind", kind);
    if (kind == StockMovementKind.USED_ON_VISIT) {
      throw ApiException.invalid("kind", "parts used are recorded on the visit (usePart)");
    }
    BigDecimal signed = kind.signed(Check.scaled("quantity", quantity));
    String text =
        kind == StockMovementKind.ADJUSTED
            ? Check.required("note", note, 2000)
            : Check.optional("note", note, 2000);
    return db.tx(
        scope,
        c ->
            technicians
                .find(c, Check.present("technicianId", technicianId))
                .chain(
                    t -> {
                      if (t == null || !scope.covers(t.territoryId())) {
                        throw ApiException.notFound("Technician", technicianId);
                      }
                      return signed.signum() < 0
                          ? withdraw(
                              c, t, productId, kind, signed.negate(), null, text, scope.userId())
                          : part(c, productId)
                              .chain(
                                  () ->
                                      stock.append(
                                          c,
                                          t.vanLocationId(),
                                          productId,
                                          kind,
                                          signed,
                                          null,
                                          text,
                                          scope.userId()));
                    }));
  }

  private Uni<UUID> withdraw(
      SqlConnection c,
      Technician t,
      UUID productId,
      StockMovementKind kind,
      BigDecimal amount,
      UUID visitId,
      String note,
      UUID actor) {
    return part(c, productId)
        .chain(() -> stock.lockLocation(c, t.vanLocationId()))
        .chain(() -> stock.onHand(c, t.vanLocationId(), productId))
        .chain(
            onHand -> {
              if (onHand.compareTo(amount) < 0) {
                throw new ApiException(
                    ErrorCode.INSUFFICIENT_STOCK,
                    "The van holds "
                        + onHand.stripTrailingZeros().toPlainString()
                        + " of this part, fewer than "
                        + amount.toPlainString(),
                    "quantity");
              }
              BigDecimal signed =
                  kind == StockMovementKind.ADJUSTED ? amount.negate() : kind.signed(amount);
              return stock.append(
                  c, t.vanLocationId(), productId, kind, signed, visitId, note, actor);
            });
  }

  private Uni<Void> part(SqlConnection c, UUID productId) {
    return stock
        .activeProductKind(c, Check.present("productId", productId))
        .invoke(
            kind -> {
              if (kind == null) {
                throw ApiException.notFound("Product", productId);
              }
              if (!"PART".equals(kind)) {
                throw ApiException.invalid("productId", "only spare parts (kind PART) go in a van");
              }
            })
        .replaceWithVoid();
  }
}
