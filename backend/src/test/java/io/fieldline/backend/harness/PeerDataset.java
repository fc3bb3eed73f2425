package io.fieldline.backend.harness;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The peer comparison's seeded dataset, the same records on both sides: a rep's book of {@code
 * size} records, a quarter accounts, half contacts (one or two per account) and a quarter DRAFT
 * quotes (one per account, naming one of its contacts). Fieldline gets it through JDBC (the capture
 * triggers put it in the rep's scope, as a back-office import does); the peer gets it as JSON
 * documents ({@code _id} = the same UUID, {@code type} = the entity) through {@code _bulk_docs}.
 */
final class PeerDataset {
  final int size;
  final List<Row> accounts = new ArrayList<>();
  final List<Row> contacts = new ArrayList<>();
  final List<Row> quotes = new ArrayList<>();

  /** One record: its id, its parent (account for contacts and quotes) and a name. */
  record Row(UUID id, UUID parent, UUID contact, String name) {}

  private PeerDataset(int size) {
    this.size = size;
  }

  static PeerDataset generate(long seed, int size) {
    Random r = new Random(seed * 31 + size);
    PeerDataset d = new PeerDataset(size);
    int accounts = size / 4;
    for (int a = 0; a < accounts; a++) {
      d.accounts.add(new Row(uuid(r), null, null, "Account " + a + " " + word(r)));
    }
    int contacts = size - 2 * accounts;
    for (int c = 0; c < contacts; c++) {
      Row account = d.accounts.get(c % accounts);
      d.contacts.add(new Row(uuid(r), account.id(), null, word(r) + " " + c));
    }
    for (int q = 0; q < accounts; q++) {
      Row account = d.accounts.get(q);
      d.quotes.add(new Row(uuid(r), account.id(), d.contacts.get(q).id(), "Quote " + q));
    }
    return d;
  }

  /** The contacts changed by the {@code k}-th change set (cycling through the contacts). */
  List<Row> changed(int from, int k) {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      out.add(contacts.get((from + i) % contacts.size()));
    }
    return out;
  }

  /** Inserts the dataset for a rep's territory, 2,000 rows per transaction. */
  void importInto(HarnessWorld world, HarnessWorld.Rep rep) {
    insert(
        world,
        accounts,
        "insert into account (id, name, territory_id) values (?, ?, ?)",
        (p, row) -> {
          p.setObject(1, row.id());
          p.setString(2, row.name());
          p.setObject(3, rep.territory());
        });
    insert(
        world,
        contacts,
        "insert into contact (id, account_id, first_name, last_name) values (?, ?, 'Sam', ?)",
        (p, row) -> {
          p.setObject(1, row.id());
          p.setObject(2, row.parent());
          p.setString(3, row.name());
        });
    insert(
        world,
        quotes,
        "insert into quote (id, account_id, contact_id, owner_user_id, territory_id, currency,"
            + " pricing_date, valid_until, verdict, notes) values (?, ?, ?, ?, ?, 'EUR',"
            + " date '2026-01-05', date '2026-02-05', 'APPROVABLE_BY_REP', ?)",
        (p, row) -> {
          p.setObject(1, row.id());
          p.setObject(2, row.parent());
          p.setObject(3, row.contact());
          p.setObject(4, rep.user());
          p.setObject(5, rep.territory());
          p.setString(6, row.name());
        });
  }

  /** Sets the notes of the given contacts on the server, 2,000 per transaction. */
  static void updateNotes(HarnessWorld world, List<Row> rows, String notes) {
    insert(
        world,
        rows,
        "update contact set notes = ? where id = ?",
        (p, row) -> {
          p.setString(1, notes);
          p.setObject(2, row.id());
        });
  }

  /** Writes the dataset as JSON lines (one document a line) for the peer's node script. */
  void writeJsonLines(Path file, UUID territory, UUID owner) throws IOException {
    Files.createDirectories(file.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      for (Row a : accounts) {
        w.write(
            String.format(
                "{\"_id\":\"%s\",\"type\":\"account\",\"name\":\"%s\",\"territory_id\":\"%s\"}%n",
                a.id(), a.name(), territory));
      }
      for (Row c : contacts) {
        w.write(
            String.format(
                "{\"_id\":\"%s\",\"type\":\"contact\",\"account_id\":\"%s\",\"first_name\":\"Sam\","
                    + "\"last_name\":\"%s\",\"notes\":null}%n",
                c.id(), c.parent(), c.name()));
      }
      for (Row q : quotes) {
        w.write(
            String.format(
                "{\"_id\":\"%s\",\"type\":\"quote\",\"account_id\":\"%s\",\"contact_id\":\"%s\","
                    + "\"owner_user_id\":\"%s\",\"territory_id\":\"%s\",\"status\":\"DRAFT\","
                    + "\"currency\":\"EUR\",\"pricing_date\":\"2026-01-05\","
                    + "\"valid_until\":\"2026-02-05\",\"grand_total\":0,\"notes\":\"%s\"}%n",
                q.id(), q.parent(), q.contact(), owner, territory, q.name()));
      }
    }
  }

  private interface Binder {
    void bind(PreparedStatement p, Row row) throws java.sql.SQLException;
  }

  private static void insert(HarnessWorld world, List<Row> rows, String sql, Binder binder) {
    for (int from = 0; from < rows.size(); from += 2000) {
      List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + 2000));
      world.tx(
          c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
              for (Row row : chunk) {
                binder.bind(p, row);
                p.addBatch();
              }
              p.executeBatch();
            }
          });
    }
  }

  private static UUID uuid(Random r) {
    return new UUID(r.nextLong(), r.nextLong());
  }

  private static String word(Random r) {
    String[] words = {"North", "Harbour", "Mill", "Oak", "Bridge", "Field", "Stone", "River"};
    return words[r.nextInt(words.length)];
  }
}
