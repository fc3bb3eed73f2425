package io.fieldline.backend.sales.activities;

import io.fieldline.backend.sales.db.Paged;
import io.fieldline.backend.sales.graphql.Edges;
import io.fieldline.backend.sales.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Relay connections of activities and of timeline entries. */
public final class ActivityConnections {
  private ActivityConnections() {}

  /** A page of activities. */
  @Type("ActivityConnection")
  public record ActivityConnection(
      @NonNull List<@NonNull ActivityEdge> edges, @NonNull PageInfo pageInfo) {
    static ActivityConnection of(Paged<ActivityView> page) {
      return new ActivityConnection(Edges.of(page, ActivityEdge::new), PageInfo.of(page));
    }
  }

  /** An activity and its cursor. */
  @Type("ActivityEdge")
  public record ActivityEdge(@NonNull String cursor, @NonNull ActivityView node) {}

  /** A page of an account's timeline, newest first. */
  @Type("TimelineConnection")
  public record TimelineConnection(
      @NonNull List<@NonNull TimelineEdge> edges, @NonNull PageInfo pageInfo) {
    static TimelineConnection of(Paged<TimelineEntry> page) {
      return new TimelineConnection(Edges.of(page, TimelineEdge::new), PageInfo.of(page));
    }
  }

  /** A timeline entry and its cursor. */
  @Type("TimelineEdge")
  public record TimelineEdge(@NonNull String cursor, @NonNull TimelineEntry node) {}
}
