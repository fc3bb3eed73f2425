package io.fieldline.backend.sales.approvals;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.Role;
import io.fieldline.backend.notify.DomainEvent;
import io.fieldline.backend.notify.DomainEvents;
import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.approvals.ApprovalNotices.PendingStep;
import io.fieldline.backend.sales.approvals.DecisionInput.Decision;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.UUID;

/**
 * The one approval mechanism: opens a request with one step per applicable rule (or approves at
 * once when none applies), and records each approver's decision with its comment. The record's own
 * module ({@link ApprovalTarget}) changes the record's state on the outcome.
 */
@ApplicationScoped
public class ApprovalService {
  private final ApprovalRules rules;
  private final ApprovalReader reader;
  private final DomainEvents events;
  private final ApprovalNotices notices;
  private final Instance<ApprovalTarget> targets;

  public ApprovalService(
      ApprovalRules rules,
      ApprovalReader reader,
      DomainEvents events,
      ApprovalNotices notices,
      Instance<ApprovalTarget> targets) {
    this.rules = rules;
    this.reader = reader;
    this.events = events;
    this.notices = notices;
    this.targets = targets;
  }

  /** Opens the record's approval; answers it (status APPROVED when no rule applies). */
  public Uni<ApprovalView> open(SqlConnection c, ApprovalFacts facts) {
    UUID id = UUID.randomUUID();
    return rules
        .applicable(c, facts)
        .chain(
            applicable -> {
              boolean auto = applicable.isEmpty();
              String summary =
                  auto
                      ? "Approved at once: within the rep's envelope and no rule applies"
                      : applicable.size() + " approval step(s) required";
              Uni<?> request =
                  Sql.exec(
                      c,
                      "insert into approval_request (id, record_type, record_id, territory_id,"
                          + " requested_by, status, current_step, summary, decided_at)"
                          + " values ($1, $2, $3, $4, $5, $6, $7, $8,"
                          + " case when $6 = 'APPROVED' then now() end)",
                      id,
                      facts.type().name(),
                      facts.recordId(),
                      facts.territoryId(),
                      facts.requestedBy(),
                      auto ? "APPROVED" : "PENDING",
                      auto ? null : applicable.get(0).stepNo(),
                      summary);
              for (int i = 0; i < applicable.size(); i++) {
                ApprovalRuleView rule = applicable.get(i);
                String status = i == 0 ? "PENDING" : "WAITING";
                request =
                    request.chain(
                        () ->
                            Sql.exec(
                                c,
                                "insert into approval_step (id, request_id, step_no, rule_name,"
                                    + " reason, approver_role, approver_level, status)"
                                    + " values ($1, $2, $3, $4, $5, $6, $7, $8)",
                                UUID.randomUUID(),
                                id,
                                rule.stepNo(),
                                rule.name(),
                                rule.reason(facts),
                                rule.approverRole().name(),
                                rule.approverLevel().name(),
                                status));
              }
              if (!auto) {
                ApprovalRuleView first = applicable.get(0);
                request =
                    request.chain(
                        () ->
                            notices.requested(
                                c,
                                new PendingStep(
                                    id,
                                    target(facts.type()),
                                    facts.recordId(),
                                    facts.territoryId(),
                                    facts.requestedBy(),
                                    first.stepNo(),
                                    first.approverRole(),
                                    first.approverLevel()),
                                facts.requestedBy()));
              }
              return request.chain(() -> reader.byId(c, id));
            });
  }

  /** Records a decision on the pending step; the last approval or any rejection decides. */
  public Uni<ApprovalView> decide(SqlConnection c, SalesScope scope, DecisionInput in) {
    if (!scope.principal().hasAnyRole(Role.ADMIN, Role.MANAGER)) {
      throw new ApiException(ErrorCode.FORBIDDEN, "Only managers and admins decide approvals");
    }
    UUID id = Ids.parse("approvalId", in.approvalId());
    Inputs.required("decision", in.decision());
    String comment = Inputs.optionalText("comment", in.comment(), 2000);
    if (in.decision() == Decision.REJECT && comment == null) {
      throw ApiException.invalid("comment", "A rejection needs a comment");
    }
    return Sql.exec(c, "select * from approval_request where id = $1 for update", id)
        .map(rows -> Sql.first(rows).orElseThrow(() -> ApiException.notFound("Approval", id)))
        .chain(
            request -> {
              ApprovalTarget target = target(RecordType.valueOf(request.getString("record_type")));
              UUID recordId = request.getUUID("record_id");
              return target
                  .requireVisible(c, scope, recordId)
                  .chain(() -> decideStep(c, scope, request, target, in.decision(), comment));
            })
        .chain(() -> reader.byId(c, id));
  }

  private Uni<Void> decideStep(
      SqlConnection c,
      SalesScope scope,
      Row request,
      ApprovalTarget target,
      Decision decision,
      String comment) {
    UUID id = request.getUUID("id");
    if (!"PENDING".equals(request.getString("status"))) {
      throw new ApiException(
          ErrorCode.INVALID_STATE, "This approval is " + request.getString("status") + " already");
    }
    if (!scope.admin() && scope.userId().equals(request.getUUID("requested_by"))) {
      throw new ApiException(ErrorCode.FORBIDDEN, "You cannot decide your own approval");
    }
    int stepNo = request.getInteger("current_step");
    return Sql.exec(
            c, "select * from approval_step where request_id = $1 and step_no = $2", id, stepNo)
        .map(rows -> rows.iterator().next())
        .chain(step -> requireApprover(c, scope, request, step))
        .chain(
            () ->
                Sql.exec(
                    c,
                    "update approval_step set status = $3, decided_by = $4, comment = $5,"
                        + " decided_at = now() where request_id = $1 and step_no = $2",
                    id,
                    stepNo,
                    decision == Decision.APPROVE ? "APPROVED" : "REJECTED",
                    scope.userId(),
                    comment))
        .chain(
            () ->
                events.append(
                    c,
                    new DomainEvent(
                        "approval",
                        id,
                        decision == Decision.APPROVE
                            ? "APPROVAL_STEP_APPROVED"
                            : "APPROVAL_REJECTED",
                        Map.of(
                            "recordType", target.recordType().name(),
                            "recordId", request.getUUID("record_id").toString(),
                            "stepNo", stepNo),
                        scope.userId())))
        .chain(() -> after(c, scope, request, target, decision, comment));
  }

  private Uni<Void> after(
      SqlConnection c,
      SalesScope scope,
      Row request,
      ApprovalTarget target,
      Decision decision,
      String comment) {
    UUID id = request.getUUID("id");
    UUID recordId = request.getUUID("record_id");
    if (decision == Decision.REJECT) {
      return Sql.exec(
              c,
              "update approval_step set status = 'SKIPPED' where request_id = $1 and status = 'WAITING'",
              id)
          .chain(
              () ->
                  Sql.exec(
                      c,
                      "update approval_request set status = 'REJECTED', current_step = null,"
                          + " decided_at = now() where id = $1",
                      id))
          .chain(() -> target.rejected(c, recordId, scope.userId(), comment));
    }
    return Sql.exec(
            c,
            "select step_no, approver_role, approver_level from approval_step"
                + " where request_id = $1 and status = 'WAITING' order by step_no limit 1",
            id)
        .chain(
            rows -> {
              if (rows.size() == 0) {
                return Sql.exec(
                        c,
                        "update approval_request set status = 'APPROVED', current_step = null,"
                            + " decided_at = now() where id = $1",
                        id)
                    .chain(() -> target.approved(c, recordId, scope.userId(), comment));
              }
              Row step = rows.iterator().next();
              int next = step.getInteger("step_no");
              PendingStep pending =
                  new PendingStep(
                      id,
                      target,
                      recordId,
                      request.getUUID("territory_id"),
                      request.getUUID("requested_by"),
                      next,
                      Role.valueOf(step.getString("approver_role")),
                      ApproverLevel.valueOf(step.getString("approver_level")));
              return Sql.exec(
                      c,
                      "update approval_step set status = 'PENDING' where request_id = $1 and step_no = $2",
                      id,
                      next)
                  .chain(
                      () ->
                          Sql.exec(
                              c,
                              "update approval_request set current_step = $2 where id = $1",
                              id,
                              next))
                  .chain(() -> notices.requested(c, pending, scope.userId()));
            });
  }

  private Uni<Void> requireApprover(SqlConnection c, SalesScope scope, Row request, Row step) {
    if (scope.admin()) {
      return Uni.createFrom().voidItem();
    }
    Role role = Role.valueOf(step.getString("approver_role"));
    ApproverLevel level = ApproverLevel.valueOf(step.getString("approver_level"));
    if (!scope.principal().hasRole(role)) {
      throw new ApiException(ErrorCode.FORBIDDEN, "This step needs the role " + role);
    }
    return Sql.exec(
            c,
            "with recursive up(id, parent_id, kind) as ("
                + " select id, parent_id, kind from territory where id = $1"
                + " union all select t.id, t.parent_id, t.kind from territory t"
                + " join up on t.id = up.parent_id)"
                + " select count(*) from user_territory ut join up on up.id = ut.territory_id"
                + " where ut.user_id = $2 and up.kind = any($3)",
            request.getUUID("territory_id"),
            scope.userId(),
            level.kinds())
        .map(
            rows -> {
              if (rows.iterator().next().getLong(0) == 0) {
                throw new ApiException(
                    ErrorCode.FORBIDDEN,
                    "This step needs a "
                        + role
                        + " assigned at "
                        + level
                        + " level over the record");
              }
              return null;
            });
  }

  private ApprovalTarget target(RecordType type) {
    return targets.stream()
        .filter(t -> t.recordType() == type)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No approval target for " + type));
  }
}
