package io.fieldline.backend.sync.graphql;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The value a person chooses for one held field ({@code _deleted}: true or false). */
@Input("ConflictChoiceInput")
public class ConflictChoiceInput {
  @NonNull public String field;

  /**
   * The chosen value as JSON text ({@code "\"ann@acme.example\""}, {@code "42"}, {@code "null"}).
   */
  @NonNull public String value;
}
