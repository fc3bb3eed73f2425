package io.fieldline.backend.service.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.service.AttachmentKind;
import io.fieldline.backend.service.ChecklistItem;
import io.fieldline.backend.service.FollowUpKind;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.TimeEntryKind;
import io.fieldline.backend.service.WorkOrderType;
import io.fieldline.backend.service.persistence.ChecklistStore;
import io.fieldline.backend.service.persistence.ReportStore;
import io.fieldline.backend.service.persistence.Rows;
import io.fieldline.backend.service.persistence.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Report editing by the assignee: notes, checklist answers, time entries, attachments, follow-up.
 */
@ApplicationScoped
public class ReportEditing {
  private static final String ATTACH =
      "insert into report_attachment (id, report_id, kind, storage_ref, content_sha256,"
          + " size_bytes, media_type, caption, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final ReportEdit edit;
  private final ReportStore reports;
  private final ChecklistStore checklists;

  public ReportEditing(ReportEdit edit, ReportStore reports, ChecklistStore checklists) {
    this.edit = edit;
    this.reports = reports;
    this.checklists = checklists;
  }

  public Uni<Void> notes(ServiceScope scope, UUID visitId, String notes) {
    String text = Check.optional("notes", notes, 20_000);
    return edit.run(
        scope, visitId, ReportEdit.UNDER_WAY, (c, v, r) -> reports.setNotes(c, r.id(), text));
  }

  /** Answers by item code against the report's template version. */
  public Uni<Void> answer(ServiceScope scope, UUID visitId, Map<String, String> answers) {
    if (answers == null || answers.isEmpty()) {
      throw ApiException.invalid("answers", "answers must not be empty");
    }
    return edit.run(
        scope,
        visitId,
        ReportEdit.ON_SITE,
        (c, v, r) -> {
          if (r.templateId() == null) {
            throw new ApiException(ErrorCode.INVALID_STATE, "This visit has no checklist");
          }
          return checklists
              .items(c, r.templateId())
              .chain(
                  items -> {
                    Map<String, ChecklistItem> byCode =
                        items.stream()
                            .collect(Collectors.toMap(ChecklistItem::code, Function.identity()));
                    Map<String, String> normalised = new LinkedHashMap<>();
                    answers.forEach(
                        (code, value) -> {
                          ChecklistItem item = byCode.get(code);
                          if (item == null) {
                            throw ApiException.invalid(
                                "answers." + code, "the checklist has no item " + code);
                          }
                          normalised.put(code, item.normalise(value));
                        });
                    return checklists
                        .answer(c, r.id(), r.templateId(), normalised, scope.userId())
                        .chain(() -> reports.touch(c, r.id()));
                  });
        });
  }

  /** Starts a time entry (stopping a running one at the same instant). */
  public Uni<Void> startTime(
      ServiceScope scope, UUID visitId, TimeEntryKind kind, OffsetDateTime at) {
    Check.present("kind", kind);
    OffsetDateTime when = at == null ? Rows.now() : at;
    return edit.run(
        scope,
        visitId,
        ReportEdit.UNDER_WAY,
        (c, v, r) ->
            reports.startEntry(c, r.id(), kind, when).chain(() -> reports.touch(c, r.id())));
  }

  public Uni<Void> stopTime(ServiceScope scope, UUID visitId, OffsetDateTime at) {
    OffsetDateTime when = at == null ? Rows.now() : at;
    return edit.run(
        scope,
        visitId,
        ReportEdit.UNDER_WAY,
        (c, v, r) ->
            reports
                .stopRunning(c, r.id(), when)
                .invoke(
                    stopped -> {
                      if (stopped == 0) {
                        throw new ApiException(ErrorCode.INVALID_STATE, "No time entry is running");
                      }
                    })
                .chain(() -> reports.touch(c, r.id())));
  }

  /** Adds a photo or document by reference (object storage key, SHA-256, size, media type). */
  public Uni<UUID> attach(
      ServiceScope scope,
      UUID visitId,
      AttachmentKind kind,
      String storageRef,
      String sha256,
      long sizeBytes,
      String mediaType,
      String caption) {
    UUID id = UUID.randomUUID();
    String ref = Check.required("storageRef", storageRef, 1000);
    String hash = Check.sha256("sha256", sha256);
    String type = Check.mediaType("mediaType", mediaType);
    String text = Check.optional("caption", caption, 500);
    if (sizeBytes <= 0) {
      throw ApiException.invalid("sizeBytes", "sizeBytes must be positive");
    }
    return edit.run(
            scope,
            visitId,
            ReportEdit.ON_SITE,
            (c, v, r) ->
                new Sql(
                        ATTACH,
                        id,
                        r.id(),
                        Check.present("kind", kind).name(),
                        ref,
                        hash,
                        sizeBytes,
                        type,
                        text,
                        scope.userId())
                    .run(c)
                    .chain(() -> reports.touch(c, r.id())))
        .replaceWith(id);
  }

  /** Asks for a follow-up (a work order of {@code type}, or a quote); null kind clears it. */
  public Uni<Void> followUp(
      ServiceScope scope, UUID visitId, FollowUpKind kind, String note, WorkOrderType type) {
    String text = kind == null ? null : Check.required("note", note, 2000);
    if (kind != FollowUpKind.WORK_ORDER && type != null) {
      throw ApiException.invalid("workOrderType", "only work-order follow-ups take a type");
    }
    return edit.run(
        scope,
        visitId,
        ReportEdit.ON_SITE,
        (c, v, r) -> reports.setFollowUp(c, r.id(), kind, text, type));
  }
}
