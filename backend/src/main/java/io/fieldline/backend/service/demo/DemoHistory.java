package io.fieldline.backend.service.demo;

import io.fieldline.backend.service.AttachmentKind;
import io.fieldline.backend.service.ReportContent;
import io.fieldline.backend.service.TimeEntryKind;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Demo history of the past six weeks: completed visits (transitions, check-in/out evidence, a
 * report with checklist answers, time entries, parts used from the van, a photo and the customer's
 * signature over the report's real content hash) and, for most, a satisfaction survey; now and then
 * a visit that ended incomplete.
 */
final class DemoHistory {
  private static final List<String> NOTES =
      List.of(
          "Serviced and tested, all in order.",
          "Replaced worn part, system running normally.",
          "Cleaned heat exchanger, adjusted pressure.",
          "Customer shown how to reset the unit.");

  private DemoHistory() {}

  static void build(DemoContext x, int days) {
    for (DemoContext.Tech t : x.techs) {
      List<DemoContext.Customer> mine = x.customersIn(t.territory());
      for (int d = -days; d < 0; d++) {
        if (x.today.plusDays(d).getDayOfWeek().getValue() > 5 || x.rnd.nextInt(3) == 0) {
          continue;
        }
        visit(x, t, x.pick(mine), d);
      }
    }
  }

  private static void visit(DemoContext x, DemoContext.Tech t, DemoContext.Customer c, int d) {
    String key = t.key() + "-past" + d;
    OffsetDateTime start = x.at(d, 9 + x.rnd.nextInt(5), 0);
    DemoWork.Order o =
        DemoWork.random(x, "history-" + key, c, t.skills(), "OPEN")
            .withSla(start.plusDays(2), start.minusDays(5));
    boolean incomplete = x.rnd.nextInt(12) == 0;
    OffsetDateTime end = start.plusMinutes(incomplete ? 10 : o.minutes());
    // an incomplete visit leaves its work order open, with a fresh SLA for the next visit
    UUID wo =
        DemoWork.write(x, incomplete ? o.withSla(x.at(2, 17, 0), o.createdAt()) : o.done(end));
    UUID visit = x.id("visit", key);
    String status = incomplete ? "INCOMPLETE" : "COMPLETED";
    x.rows.add(
        "visit",
        visit,
        "SERVICE",
        c.id(),
        o.site().id(),
        wo,
        t.userId(),
        start,
        o.minutes(),
        start.minusMinutes(30),
        start.plusMinutes(90),
        status,
        incomplete ? "Customer not at home" : null,
        end);
    DemoVisits.transition(x, visit, null, "SCHEDULED", start.minusDays(5));
    DemoVisits.transition(x, visit, "SCHEDULED", "DISPATCHED", start.minusDays(1));
    DemoVisits.transition(x, visit, "DISPATCHED", "TRAVELING", start.minusMinutes(35));
    DemoVisits.transition(x, visit, "TRAVELING", "ON_SITE", start);
    DemoVisits.transition(x, visit, "ON_SITE", status, end);
    evidence(x, visit, "CHECK_IN", start, o.site(), t.userId());
    evidence(x, visit, "CHECK_OUT", end, o.site(), t.userId());
    if (!incomplete) {
      report(x, t, c, o, visit, start, end);
    }
  }

  private static void report(
      DemoContext x,
      DemoContext.Tech t,
      DemoContext.Customer c,
      DemoWork.Order o,
      UUID visit,
      OffsetDateTime start,
      OffsetDateTime end) {
    UUID report = x.id("report", visit.toString());
    DemoCatalog.Template template = x.templates.get(o.type());
    String notes = x.pick(NOTES);
    x.rows.add("visit_report", report, visit, template.id(), notes, end);
    TreeMap<String, String> answers = new TreeMap<>();
    for (DemoCatalog.Item item : template.items()) {
      String value =
          switch (item.kind()) {
            case "YES_NO" -> "YES";
            case "NUMBER" -> String.valueOf(1 + x.rnd.nextInt(2));
            case "CHOICE" -> item.choices()[0];
            default -> "Checked on site";
          };
      answers.put(item.code(), value);
      x.rows.add("checklist_answer", report, template.id(), item.code(), value, end, t.userId());
    }
    OffsetDateTime[][] spans = {{start.minusMinutes(35), start}, {start, end}};
    TimeEntryKind[] kinds = {TimeEntryKind.TRAVEL, TimeEntryKind.WORK};
    List<ReportContent.Time> times = new ArrayList<>();
    for (int i = 0; i < spans.length; i++) {
      times.add(new ReportContent.Time(kinds[i], spans[i][0].toInstant(), spans[i][1].toInstant()));
      x.rows.add(
          "time_entry",
          x.id("time", report + "-" + i),
          report,
          kinds[i].name(),
          spans[i][0],
          spans[i][1]);
    }
    List<ReportContent.Part> parts = new ArrayList<>();
    for (int p = 0, n = x.rnd.nextInt(3); p < n; p++) {
      UUID part = x.parts.get(x.rnd.nextInt(x.parts.size()));
      if (parts.stream().anyMatch(q -> q.productId().equals(part))) {
        continue;
      }
      parts.add(new ReportContent.Part(part, BigDecimal.ONE));
      x.rows.add(
          "stock_movement",
          x.id("movement", visit + "-" + p),
          t.van(),
          part,
          "USED_ON_VISIT",
          BigDecimal.ONE.negate(),
          visit,
          null,
          t.userId(),
          start.plusMinutes(20 + p));
    }
    String photo = x.hash();
    long size = 200_000 + x.rnd.nextInt(2_000_000);
    x.rows.add(
        "report_attachment",
        x.id("photo", report.toString()),
        report,
        "PHOTO",
        "demo/" + x.tenant.slug() + "/" + report + "/photo-1.jpg",
        photo,
        size,
        "image/jpeg",
        "Unit after service",
        t.userId(),
        end);
    ReportContent content =
        new ReportContent(
            notes,
            answers,
            times,
            parts,
            List.of(new ReportContent.Attachment(AttachmentKind.PHOTO, photo, size, "image/jpeg")),
            null);
    if (x.rnd.nextInt(10) < 9) {
      x.rows.add(
          "report_signature",
          x.id("signature", report.toString()),
          report,
          c.contactName(),
          end,
          "demo/" + x.tenant.slug() + "/" + report + "/signature.png",
          x.hash(),
          content.sha256(),
          t.userId(),
          end);
    }
    if (x.rnd.nextInt(10) < 7) {
      boolean nps = x.rnd.nextInt(4) == 0;
      int score = nps ? 6 + x.rnd.nextInt(5) : 3 + x.rnd.nextInt(3);
      x.rows.add(
          "visit_survey",
          x.id("survey", visit.toString()),
          visit,
          t.userId(),
          nps ? "NPS" : "CSAT_5",
          score,
          score >= (nps ? 9 : 5) ? "Excellent, thank you" : null,
          end.plusDays(1),
          null);
    }
  }

  private static void evidence(
      DemoContext x,
      UUID visit,
      String kind,
      OffsetDateTime at,
      DemoContext.SiteSpot site,
      UUID actor) {
    x.rows.add(
        "visit_evidence",
        x.id("evidence", visit + "-" + kind),
        visit,
        kind,
        at,
        site.lat() + (x.rnd.nextDouble() - 0.5) * 0.0004,
        site.lon() + (x.rnd.nextDouble() - 0.5) * 0.0004,
        5.0 + x.rnd.nextInt(20),
        at.plusSeconds(5),
        actor);
  }
}
