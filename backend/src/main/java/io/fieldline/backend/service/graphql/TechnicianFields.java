package io.fieldline.backend.service.graphql;

import io.fieldline.backend.service.graphql.read.StockReader;
import io.fieldline.backend.service.graphql.read.TechnicianReader;
import io.fieldline.backend.service.graphql.view.AbsenceView;
import io.fieldline.backend.service.graphql.view.ShiftView;
import io.fieldline.backend.service.graphql.view.SkillLevelView;
import io.fieldline.backend.service.graphql.view.StockLevelView;
import io.fieldline.backend.service.graphql.view.TechnicianView;
import io.fieldline.backend.service.graphql.view.WorkingHoursView;
import io.fieldline.backend.service.persistence.Rows;
import io.smallrye.mutiny.Uni;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** A technician's skills, hours, coming shifts and absences, and van stock, loaded per list. */
@GraphQLApi
public class TechnicianFields {
  private static final int AHEAD_DAYS = 14;

  private final Lookups lookups;
  private final TechnicianReader reader;
  private final StockReader stock;

  public TechnicianFields(Lookups lookups, TechnicianReader reader, StockReader stock) {
    this.lookups = lookups;
    this.reader = reader;
    this.stock = stock;
  }

  @Description("Skills with levels (1-5).")
  public Uni<List<@NonNull List<@NonNull SkillLevelView>>> skills(
      @Source List<TechnicianView> list) {
    return lookups.read(c -> reader.skills(c, ids(list)));
  }

  @Description("Regular working hours per weekday.")
  public Uni<List<@NonNull List<@NonNull WorkingHoursView>>> workingHours(
      @Source List<TechnicianView> list) {
    return lookups.read(c -> reader.hours(c, ids(list)));
  }

  @Description("Shifts in the coming 14 days.")
  public Uni<List<@NonNull List<@NonNull ShiftView>>> shifts(@Source List<TechnicianView> list) {
    OffsetDateTime now = Rows.now();
    return lookups.read(c -> reader.shifts(c, ids(list), now, now.plusDays(AHEAD_DAYS)));
  }

  @Description("Absences in the coming 14 days.")
  public Uni<List<@NonNull List<@NonNull AbsenceView>>> absences(
      @Source List<TechnicianView> list) {
    OffsetDateTime now = Rows.now();
    return lookups.read(c -> reader.absences(c, ids(list), now, now.plusDays(AHEAD_DAYS)));
  }

  @Description("Parts in the van: the sum of its stock movements.")
  public Uni<List<@NonNull List<@NonNull StockLevelView>>> vanStock(
      @Source List<TechnicianView> list) {
    return lookups.read(
        c -> stock.levels(c, list.stream().map(TechnicianView::vanLocationId).toList()));
  }

  private static List<UUID> ids(List<TechnicianView> list) {
    return list.stream().map(TechnicianView::userId).toList();
  }
}
