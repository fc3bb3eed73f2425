package io.fieldline.contract.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.contract.client.FaultyTransport;
import io.fieldline.contract.client.HeldConflict;
import io.fieldline.contract.client.RejectedMutation;
import io.fieldline.contract.client.SyncClient;
import io.fieldline.contract.client.SyncReport;
import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.wire.json.SyncJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator's command language, one command per line ({@code #} starts a comment). Generic over
 * entity types, so synced visits, reports, quotes and orders work as soon as the server syncs them.
 * Values are JSON when they parse as JSON, else text; {@code $name} is a variable ({@code $today},
 * {@code $today+N} (N days on), {@code $now}, {@code $now-Nm} (N minutes ago), {@code $device},
 * {@code $last} = the last created id, or one set with {@code as name}). Commands: register, sync,
 * offline, online, faults DROP DUP, list TYPE, pick TYPE [k=v...] as NAME (the first visible record
 * matching: {@code $NAME} its id, {@code $NAME.field} its fields), show TYPE ID, create TYPE k=v...
 * [as NAME], update TYPE ID k=v..., delete TYPE ID, expect TYPE ID k=v..., expect-synced, outbox,
 * rejected, conflicts, stats, gql OPERATION [JSON], me (sets $user, $territory), today, sleep MS,
 * echo.
 */
final class ScriptRunner {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern NOW_MINUS = Pattern.compile("\\$now-(\\d+)m");
  private static final Pattern TODAY_PLUS = Pattern.compile("\\$today\\+(\\d+)");
  private final SyncClient client;
  private final FaultyTransport network;
  private final GraphqlHttp graphql;
  private final PrintStream out;
  private final Map<String, String> vars = new HashMap<>();
  private SyncReport lastSync;

  ScriptRunner(SyncClient client, FaultyTransport network, GraphqlHttp graphql, PrintStream out) {
    this.client = client;
    this.network = network;
    this.graphql = graphql;
    this.out = out;
    vars.put("today", LocalDate.now().toString());
    vars.put("device", client.deviceId());
  }

  /** Runs every line; the number of failed commands (a failed expect, a refused operation). */
  int run(BufferedReader script) throws IOException, InterruptedException {
    int failures = 0;
    int lineNo = 0;
    for (String line; (line = script.readLine()) != null; ) {
      lineNo++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      out.println("> " + trimmed);
      try {
        execute(tokens(trimmed));
      } catch (IllegalArgumentException | IllegalStateException | IOException e) {
        failures++;
        out.println("  FAILED (line " + lineNo + "): " + e.getMessage());
      }
    }
    out.println(failures == 0 ? "script done" : "script done with " + failures + " failure(s)");
    return failures;
  }

  void execute(List<String> t) throws IOException, InterruptedException {
    switch (t.get(0)) {
      case "register" -> register();
      case "sync" -> {
        lastSync = client.sync();
        out.println("  " + lastSync + " " + client.stats());
      }
      case "offline" -> network.offline(true);
      case "online" -> network.offline(false);
      case "faults" ->
          network.faults(
              new FaultyTransport.Faults(
                  Double.parseDouble(t.get(1)), Double.parseDouble(t.get(2)), 0, 0));
      case "list" ->
          client.visible(t.get(1)).forEach((k, v) -> out.println("  " + k.id() + " " + json(v)));
      case "pick" -> pick(t);
      case "show" -> out.println("  " + client.view(key(t)).map(this::json).orElse("(absent)"));
      case "create" -> create(t);
      case "update" -> client.update(key(t), fields(t, 3));
      case "delete" -> client.delete(key(t));
      case "expect" -> expect(t);
      case "expect-synced" -> {
        if (lastSync == null || !lastSync.complete() || !client.outbox().isEmpty()) {
          throw new IllegalStateException("not synced: " + lastSync);
        }
      }
      case "outbox" -> client.outbox().forEach(m -> out.println("  " + m));
      case "rejected" -> {
        for (RejectedMutation r : client.rejected()) {
          out.println("  #" + r.mutation().sequence() + " " + r.code() + ": " + r.message());
        }
      }
      case "conflicts" -> {
        for (HeldConflict c : client.conflicts()) {
          out.println("  " + c.conflictId() + " " + c.key() + " held " + c.held());
        }
      }
      case "stats" -> out.println("  " + client.stats() + " " + network.counts());
      case "gql" -> out.println("  " + graphql.run(t.get(1), variables(t)));
      case "today" -> today();
      case "me" -> me();
      case "sleep" -> Thread.sleep(Long.parseLong(t.get(1)));
      case "echo" -> out.println("  " + String.join(" ", t.subList(1, t.size())));
      default -> throw new IllegalArgumentException("unknown command " + t.get(0));
    }
  }

  private void register() throws IOException, InterruptedException {
    var input = MAPPER.createObjectNode();
    input
        .putObject("input")
        .put("id", client.deviceId())
        .put("name", "Simulated phone")
        .put("platform", "ANDROID")
        .put("appVersion", "simulator")
        .put("protocolVersion", ProtocolVersion.CURRENT);
    out.println("  " + graphql.run("device/registerDevice", input));
  }

  private void create(List<String> t) {
    int end = t.size() >= 2 && t.get(t.size() - 2).equals("as") ? t.size() - 2 : t.size();
    RecordKey key = client.create(t.get(1), fields(t.subList(0, end), 2));
    vars.put("last", key.id().toString());
    if (end < t.size()) {
      vars.put(t.get(t.size() - 1), key.id().toString());
    }
    out.println("  created " + key);
  }

  private void pick(List<String> t) {
    if (t.size() < 4 || !t.get(t.size() - 2).equals("as")) {
      throw new IllegalArgumentException("pick TYPE [k=v...] as NAME");
    }
    String name = t.get(t.size() - 1);
    Map<String, FieldValue> wanted = fields(t.subList(0, t.size() - 2), 2);
    for (Map.Entry<RecordKey, Map<String, FieldValue>> r : client.visible(t.get(1)).entrySet()) {
      Map<String, FieldValue> fields = new HashMap<>(r.getValue());
      fields.put("id", FieldValue.of(r.getKey().id().toString()));
      if (wanted.entrySet().stream().allMatch(w -> w.getValue().equals(fields.get(w.getKey())))) {
        vars.put(name, r.getKey().id().toString());
        r.getValue()
            .forEach(
                (field, value) ->
                    vars.put(
                        name + "." + field,
                        value instanceof FieldValue.TextValue text
                            ? text.value()
                            : SyncJson.toTree(value).toString()));
        out.println("  " + name + " = " + r.getKey());
        return;
      }
    }
    throw new IllegalStateException("no visible " + t.get(1) + " with " + wanted);
  }

  private void expect(List<String> t) {
    Map<String, FieldValue> seen =
        client.view(key(t)).orElseThrow(() -> new IllegalStateException(key(t) + " is absent"));
    fields(t, 3)
        .forEach(
            (name, value) -> {
              if (!value.equals(seen.get(name))) {
                FieldValue actual = seen.getOrDefault(name, FieldValue.NULL);
                throw new IllegalStateException(
                    name
                        + " is "
                        + SyncJson.toTree(actual)
                        + ", expected "
                        + SyncJson.toTree(value));
              }
            });
    out.println("  ok");
  }

  private void me() throws IOException, InterruptedException {
    JsonNode me = graphql.run("device/me", MAPPER.createObjectNode()).path("me");
    JsonNode user = me.path("user");
    vars.put("user", user.path("id").asText());
    JsonNode territories = user.path("territories");
    if (territories.size() > 0) {
      vars.put("territory", territories.get(0).path("id").asText());
    }
    out.println("  " + user.path("email").asText() + " " + user.path("roles") + " " + territories);
  }

  private void today() throws IOException, InterruptedException {
    var variables = MAPPER.createObjectNode().put("date", vars.get("today"));
    JsonNode day = graphql.run("technician/technicianDay", variables).path("technicianDay");
    for (JsonNode v : day.path("visits")) {
      out.println(
          "  "
              + v.path("scheduledStart").asText()
              + " "
              + v.path("status").asText()
              + " "
              + v.path("account").path("name").asText()
              + " (visit "
              + v.path("id").asText()
              + ")");
    }
    out.println("  synced visits on this phone: " + client.visible("visit").size());
  }

  private RecordKey key(List<String> t) {
    return new RecordKey(t.get(1), UUID.fromString(resolve(t.get(2))));
  }

  private Map<String, FieldValue> fields(List<String> t, int from) {
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    for (String pair : t.subList(from, t.size())) {
      int eq = pair.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("expected name=value but got " + pair);
      }
      fields.put(pair.substring(0, eq), value(resolve(pair.substring(eq + 1))));
    }
    return fields;
  }

  private JsonNode variables(List<String> t) throws IOException {
    return t.size() > 2
        ? MAPPER.readTree(resolve(String.join(" ", t.subList(2, t.size()))))
        : MAPPER.createObjectNode();
  }

  static FieldValue value(String text) {
    try {
      return SyncJson.toValue(SyncJson.parseTree(text.getBytes(StandardCharsets.UTF_8)));
    } catch (RuntimeException e) {
      return FieldValue.of(text);
    }
  }

  private String resolve(String text) {
    Instant now = Instant.now();
    String result =
        replaceAll(text, NOW_MINUS, m -> now.minusSeconds(60 * Long.parseLong(m)).toString());
    result =
        replaceAll(result, TODAY_PLUS, d -> LocalDate.now().plusDays(Long.parseLong(d)).toString());
    List<String> names = new ArrayList<>(vars.keySet());
    names.sort((x, y) -> y.length() - x.length()); // $visit.status before $visit
    for (String name : names) {
      result = result.replace("$" + name, vars.get(name));
    }
    return result.replace("$now", now.toString());
  }

  private static String replaceAll(String text, Pattern pattern, UnaryOperator<String> number) {
    return pattern
        .matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(number.apply(m.group(1))));
  }

  private String json(Map<String, FieldValue> fields) {
    return SyncJson.toTree(FieldValue.object(fields)).toString();
  }

  /** Splits on blanks, keeping "quoted text" (quotes removed) and [..] / {..} together. */
  static List<String> tokens(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"' && depth == 0) {
        quoted = !quoted;
        continue;
      }
      if (!quoted) {
        depth += (c == '[' || c == '{') ? 1 : (c == ']' || c == '}') ? -1 : 0;
      }
      if (Character.isWhitespace(c) && !quoted && depth == 0) {
        if (current.length() > 0) {
          out.add(current.toString());
          current.setLength(0);
        }
      } else {
        current.append(c);
      }
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }
}
