package io.fieldline.backend.harness;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * One device's compressed day in a load run. A rep's device records new contacts, DRAFT quotes for
 * its accounts and notes on its contacts; a technician's device works its visits (TRAVELING,
 * ON_SITE, a visit report with a time entry, COMPLETED), picking up the visits the dispatcher
 * publishes by pulling. Both push every {@code pushSeconds} and pull every {@code pullSeconds}
 * (each 0.5-1.5 x, seeded jitter); a tick does whichever is due and books the next.
 */
final class LoadDay {
  private final Device d;
  private final boolean technician;
  private final HarnessWorld.Rep user;
  private final UUID template;
  private final Random r;
  private final long end;
  private final int pushSeconds;
  private final int pullSeconds;
  private final LoadStats stats;
  private final List<RecordKey> contacts = new ArrayList<>();
  private final Map<UUID, Integer> visitSteps;
  private final Map<UUID, RecordKey> reports = new HashMap<>();
  private long nextPush;
  private long nextPull;
  private int i;

  LoadDay(
      Device d,
      HarnessWorld.Rep user,
      boolean technician,
      UUID template,
      Random r,
      long end,
      int pushSeconds,
      int pullSeconds,
      LoadStats stats,
      Map<UUID, Integer> visitSteps) {
    this.d = d;
    this.user = user;
    this.technician = technician;
    this.template = template;
    this.r = r;
    this.end = end;
    this.pushSeconds = pushSeconds;
    this.pullSeconds = pullSeconds;
    this.stats = stats;
    this.visitSteps = visitSteps;
    long now = System.nanoTime();
    nextPush = now + (long) (r.nextDouble() * pushSeconds * 1e9);
    nextPull = now + (long) (r.nextDouble() * pullSeconds * 1e9);
  }

  LoadStats stats() {
    return stats;
  }

  /** Does what is due; the delay in ms to the next tick, or -1 when the day is over. */
  long tick() {
    SyncClient c = d.client();
    long now = System.nanoTime();
    if (now >= end) {
      return -1;
    }
    if (now >= nextPush) {
      int k = technician ? visitWork(c) : repWork(c);
      if (k > 0) {
        long t = System.nanoTime();
        boolean ok = c.pushAll(Duration.ofSeconds(30));
        stats.done(technician ? "tech push" : "rep push", System.nanoTime() - t, ok, k);
      }
      nextPush = System.nanoTime() + (long) ((0.5 + r.nextDouble()) * pushSeconds * 1e9);
    } else if (now >= nextPull) {
      long t = System.nanoTime();
      boolean ok = c.pullAll(Duration.ofSeconds(30));
      stats.done("pull", System.nanoTime() - t, ok, 0);
      nextPull = System.nanoTime() + (long) ((0.5 + r.nextDouble()) * pullSeconds * 1e9);
    }
    return Math.max(0, (Math.min(nextPush, nextPull) - System.nanoTime()) / 1_000_000);
  }

  /** A rep's visit to a customer: a contact, a quote, or notes on a contact; mutations queued. */
  private int repWork(SyncClient c) {
    String tag = c.deviceId().toString().substring(0, 8);
    int k = 1 + r.nextInt(3);
    for (int j = 0; j < k; j++, i++) {
      UUID account = user.accounts().get(r.nextInt(user.accounts().size()));
      int what = contacts.isEmpty() ? 0 : r.nextInt(3);
      if (what == 0) {
        contacts.add(
            c.create(
                "contact",
                Map.of(
                    "account_id", FieldValue.of(account.toString()),
                    "first_name", FieldValue.of("F" + tag),
                    "last_name", FieldValue.of("L" + tag + i))));
      } else if (what == 1) {
        Map<String, FieldValue> q = new HashMap<>();
        q.put("account_id", FieldValue.of(account.toString()));
        q.put("territory_id", FieldValue.of(user.territory().toString()));
        q.put("owner_user_id", FieldValue.of(user.user().toString()));
        q.put("status", FieldValue.of("DRAFT"));
        q.put("currency", FieldValue.of("EUR"));
        q.put("pricing_date", FieldValue.of(LocalDate.now().toString()));
        q.put("valid_until", FieldValue.of(LocalDate.now().plusDays(30).toString()));
        q.put("quote_discount_percent", FieldValue.of(0));
        q.put("notes", FieldValue.of("Quote " + tag + i));
        c.create("quote", q);
      } else {
        c.update(contacts.get(r.nextInt(contacts.size())), Map.of("notes", FieldValue.of(tag + i)));
      }
    }
    return k;
  }

  /** A technician's next step on the first unfinished visit it holds; mutations queued. */
  private int visitWork(SyncClient c) {
    UUID visit = null;
    for (RecordKey key : c.serverCopy().keySet()) {
      if (key.entityType().equals("visit") && visitSteps.getOrDefault(key.id(), 0) < 4) {
        visit = key.id();
        break;
      }
    }
    if (visit == null) {
      return 0;
    }
    int step = visitSteps.getOrDefault(visit, 0);
    visitSteps.put(visit, step + 1);
    RecordKey key = new RecordKey("visit", visit);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    switch (step) {
      case 0 -> c.update(key, Map.of("status", FieldValue.of("TRAVELING")));
      case 1 -> c.update(key, Map.of("status", FieldValue.of("ON_SITE")));
      case 2 -> {
        RecordKey report =
            c.create(
                "visit_report",
                Map.of(
                    "visit_id", FieldValue.of(visit.toString()),
                    "checklist_template_id", FieldValue.of(template.toString()),
                    "notes", FieldValue.of("Serviced, all fine")));
        reports.put(visit, report);
        c.create(
            "time_entry",
            Map.of(
                "report_id", FieldValue.of(report.id().toString()),
                "kind", FieldValue.of("WORK"),
                "started_at", FieldValue.of(now.minus(40, ChronoUnit.MINUTES).toString()),
                "stopped_at", FieldValue.of(now.toString())));
        return 2;
      }
      default -> c.update(key, Map.of("status", FieldValue.of("COMPLETED")));
    }
    return 1;
  }
}
