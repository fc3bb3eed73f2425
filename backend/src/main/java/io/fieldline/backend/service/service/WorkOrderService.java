package io.fieldline.backend.service.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.service.CaseStatus;
import io.fieldline.backend.service.ServiceCase;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.SkillRequirement;
import io.fieldline.backend.service.VisitStatus;
import io.fieldline.backend.service.WorkOrderOrigin;
import io.fieldline.backend.service.WorkOrderPriority;
import io.fieldline.backend.service.WorkOrderStatus;
import io.fieldline.backend.service.persistence.CaseStore;
import io.fieldline.backend.service.persistence.NewWorkOrder;
import io.fieldline.backend.service.persistence.ReferenceStore;
import io.fieldline.backend.service.persistence.WorkOrderStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Creates work orders (directly, from a case, as a follow-up) and cancels them. */
@ApplicationScoped
public class WorkOrderService {
  private final ServiceDb db;
  private final WorkOrderStore workOrders;
  private final CaseStore cases;
  private final ReferenceStore refs;
  private final VisitPlanning planning;

  public WorkOrderService(
      ServiceDb db,
      WorkOrderStore workOrders,
      CaseStore cases,
      ReferenceStore refs,
      VisitPlanning planning) {
    this.db = db;
    this.workOrders = workOrders;
    this.cases = cases;
    this.refs = refs;
    this.planning = planning;
  }

  /** A work order reported by phone or portal; the caller must plan the account's territory. */
  public Uni<UUID> create(ServiceScope scope, WorkOrderDraft draft) {
    WorkOrderOrigin origin = draft.origin() == null ? WorkOrderOrigin.PHONE : draft.origin();
    if (origin != WorkOrderOrigin.PHONE && origin != WorkOrderOrigin.PORTAL) {
      throw ApiException.invalid(
          "origin", "origin must be PHONE or PORTAL; others are set by Fieldline");
    }
    return db.tx(
        scope,
        c ->
            refs.accountTerritory(c, Check.present("accountId", draft.accountId()))
                .chain(
                    territory -> {
                      if (territory == null || !scope.covers(territory)) {
                        throw ApiException.notFound("Account", draft.accountId());
                      }
                      return insert(c, scope, draft, origin, null, null);
                    }));
  }

  /** A work order for a case; the case moves from OPEN to IN_PROGRESS. */
  public Uni<UUID> fromCase(ServiceScope scope, UUID caseId, WorkOrderDraft draft) {
    return db.tx(
        scope,
        c ->
            cases
                .lock(c, caseId)
                .chain(
                    found -> {
                      ServiceCase k = Access.covered(scope, found, caseId);
                      if (k.status().isResolved()) {
                        throw ApiException.invalid(
                            "caseId", "the case is " + k.status() + "; reopen it first");
                      }
                      UUID site = draft.siteId() != null ? draft.siteId() : k.siteId();
                      WorkOrderDraft forCase = withAccountAndSite(draft, k.accountId(), site);
                      Uni<Void> moveCase =
                          k.status() == CaseStatus.OPEN
                              ? cases.setStatus(c, caseId, CaseStatus.IN_PROGRESS, null)
                              : Uni.createFrom().voidItem();
                      return insert(c, scope, forCase, WorkOrderOrigin.CASE, caseId, null)
                          .call(() -> moveCase);
                    }));
  }

  /**
   * A follow-up work order from a completed visit's report (inside the completion's transaction).
   */
  public Uni<UUID> followUp(
      SqlConnection c, ServiceScope scope, UUID visitId, WorkOrderDraft draft) {
    return insert(c, scope, draft, WorkOrderOrigin.FOLLOW_UP, null, visitId);
  }

  /** Cancels an OPEN or SCHEDULED work order and its planned visit. */
  public Uni<Void> cancel(ServiceScope scope, UUID id, String reason) {
    String why = Check.required("reason", reason, 2000);
    return db.tx(
        scope,
        c ->
            workOrders
                .lock(c, id)
                .chain(
                    found -> {
                      var w = Access.planned(scope, found, id);
                      if (w.status() != WorkOrderStatus.OPEN
                          && w.status() != WorkOrderStatus.SCHEDULED) {
                        throw new ApiException(
                            ErrorCode.ILLEGAL_TRANSITION,
                            "A work order that is " + w.status() + " cannot be cancelled");
                      }
                      return planning
                          .cancelActiveVisit(c, scope, id, why, VisitStatus.CANCELLED)
                          .chain(() -> workOrders.cancel(c, id, why));
                    }));
  }

  private Uni<UUID> insert(
      SqlConnection c,
      ServiceScope scope,
      WorkOrderDraft d,
      WorkOrderOrigin origin,
      UUID caseId,
      UUID visitId) {
    WorkOrderPriority priority = d.priority() == null ? WorkOrderPriority.NORMAL : d.priority();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    OffsetDateTime due = d.slaDueAt() != null ? d.slaDueAt() : now.plus(priority.defaultSla());
    if (!due.isAfter(now.minusMinutes(1))) {
      throw ApiException.invalid("slaDueAt", "slaDueAt must be in the future");
    }
    Set<String> codes = new HashSet<>();
    for (SkillRequirement s : d.requiredSkills()) {
      if (!codes.add(s.skillCode())) {
        throw ApiException.invalid("requiredSkills", "skill " + s.skillCode() + " is listed twice");
      }
    }
    NewWorkOrder w =
        new NewWorkOrder(
            UUID.randomUUID(),
            d.accountId(),
            Check.present("siteId", d.siteId()),
            d.assetId(),
            Check.present("type", d.type()),
            priority,
            Check.required("title", d.title(), 200),
            Check.optional("description", d.description(), 10_000),
            due,
            Check.range("estimatedMinutes", d.estimatedMinutes(), 5, 1440, 60),
            d.preferredTechnicianId(),
            origin,
            caseId,
            visitId,
            d.requiredSkills(),
            scope.userId());
    return checkReferences(c, w).chain(() -> workOrders.insert(c, w)).replaceWith(w.id());
  }

  private Uni<Void> checkReferences(SqlConnection c, NewWorkOrder w) {
    Uni<Void> site =
        refs.siteOfAccount(c, w.siteId(), w.accountId())
            .invoke(ok -> require(ok, "Site", w.siteId()))
            .replaceWithVoid();
    Uni<Void> asset =
        w.assetId() == null
            ? Uni.createFrom().voidItem()
            : refs.assetAtSite(c, w.assetId(), w.siteId())
                .invoke(ok -> require(ok, "Asset", w.assetId()))
                .replaceWithVoid();
    Uni<Void> technician =
        w.preferredTechnicianId() == null
            ? Uni.createFrom().voidItem()
            : refs.isTechnician(c, w.preferredTechnicianId())
                .invoke(ok -> require(ok, "Technician", w.preferredTechnicianId()))
                .replaceWithVoid();
    Uni<Void> skills =
        refs.unknownSkills(c, w.requiredSkills().stream().map(SkillRequirement::skillCode).toList())
            .invoke(
                missing -> {
                  if (!missing.isEmpty()) {
                    throw ApiException.invalid("requiredSkills", "unknown skills " + missing);
                  }
                })
            .replaceWithVoid();
    return site.chain(() -> asset).chain(() -> technician).chain(() -> skills);
  }

  private static void require(boolean found, String what, UUID id) {
    if (!found) {
      throw ApiException.notFound(what, id);
    }
  }

  private static WorkOrderDraft withAccountAndSite(WorkOrderDraft d, UUID account, UUID site) {
    return new WorkOrderDraft(
        account,
        site,
        d.assetId(),
        d.type(),
        d.priority(),
        d.title(),
        d.description(),
        d.slaDueAt(),
        d.estimatedMinutes(),
        d.preferredTechnicianId(),
        d.origin(),
        d.requiredSkills());
  }
}
