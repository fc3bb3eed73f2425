package io.fieldline.backend.notify.content;

import java.util.Objects;

/** The visible part of a notification, in the recipient's language. */
public record Notice(String title, String body) {
  public Notice {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
  }
}
