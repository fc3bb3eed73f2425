package io.fieldline.backend.service.graphql.view;

import io.fieldline.backend.service.ChecklistAnswerKind;
import io.fieldline.backend.service.ChecklistItem;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One question of a checklist. */
@Type("ChecklistItem")
public record ChecklistItemView(
    @NonNull String code,
    int position,
    @NonNull String label,
    @NonNull ChecklistAnswerKind answerKind,
    @NonNull List<@NonNull String> choices,
    boolean required) {

  public static ChecklistItemView of(ChecklistItem i) {
    return new ChecklistItemView(
        i.code(), i.position(), i.label(), i.answerKind(), i.choices(), i.required());
  }
}
