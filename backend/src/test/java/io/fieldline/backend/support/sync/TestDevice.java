package io.fieldline.backend.support.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.support.Gql;
import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.engine.ScopeChecksums;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.Cursor;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.Operation;
import io.fieldline.sync.wire.PullPage;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.json.SyncJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A phone as the sync tests drive it over HTTP: registered through GraphQL, an outbox numbered by
 * sequence, a cursor and a server copy kept by applying pulled pages (and checked against each
 * checkpoint's scope checksum, R33).
 */
public final class TestDevice {

  public final UUID id = UUID.randomUUID();
  public final String token;
  private final Map<RecordKey, RecordState> copy = new TreeMap<>();
  private long nextSequence = 1;
  private Cursor cursor = Cursor.START;

  private TestDevice(String token) {
    this.token = token;
  }

  /** Registers a new device of the token's user (GraphQL registerDevice). */
  public static TestDevice register(String token) {
    TestDevice device = new TestDevice(token);
    Map<String, Object> input = new java.util.HashMap<>();
    input.put("id", device.id.toString());
    input.put("name", "Test phone");
    input.put("platform", "ANDROID");
    input.put("protocolVersion", ProtocolVersion.CURRENT);
    Gql.post(token, "identity/register-device", Map.of("input", input))
        .statusCode(200)
        .body("errors", org.hamcrest.Matchers.nullValue());
    return device;
  }

  /** The next outbox mutation creating a record with a device-chosen id. */
  public Mutation create(String entityType, Map<String, FieldValue> fields) {
    return new Mutation(
        nextSequence++, entityType, UUID.randomUUID(), Operation.CREATE, 0, fields, Instant.now());
  }

  /** The next outbox mutation updating a record this device holds, at the version it holds. */
  public Mutation update(RecordKey key, Map<String, FieldValue> fields) {
    long base = copy.containsKey(key) ? copy.get(key).version() : 1;
    return new Mutation(
        nextSequence++, key.entityType(), key.id(), Operation.UPDATE, base, fields, Instant.now());
  }

  /** The next outbox mutation deleting a record. */
  public Mutation delete(RecordKey key, long baseVersion) {
    return new Mutation(
        nextSequence++,
        key.entityType(),
        key.id(),
        Operation.DELETE,
        baseVersion,
        Map.of(),
        Instant.now());
  }

  /** Pushes mutations; the raw reply. */
  public SyncHttp.Reply pushRaw(List<Mutation> mutations) {
    PushRequest request = PushRequest.of(ProtocolVersion.CURRENT, id.toString(), mutations);
    return SyncHttp.push(token, new String(SyncJson.encode(request), StandardCharsets.UTF_8));
  }

  /** Pushes mutations and expects a processed batch. */
  public PushResult push(Mutation... mutations) {
    SyncHttp.Reply reply = pushRaw(List.of(mutations));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    PushResponse response = SyncJson.decodePushResponse(reply.bytes());
    return (PushResult) response;
  }

  /** One pull from the current cursor; the raw reply. */
  public SyncHttp.Reply pullRaw(int pageSize) {
    PullRequest request = new PullRequest(ProtocolVersion.CURRENT, id.toString(), cursor, pageSize);
    return SyncHttp.pull(token, new String(SyncJson.encode(request), StandardCharsets.UTF_8));
  }

  /** Pulls pages until a checkpoint, applying them; the changes received, in order. */
  public List<Change> pull() {
    List<Change> received = new ArrayList<>();
    while (true) {
      SyncHttp.Reply reply = pullRaw(100);
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      PullResponse response = SyncJson.decodePullResponse(reply.bytes());
      assertThat(response).as(reply.body()).isInstanceOf(PullPage.class);
      PullPage page = (PullPage) response;
      page.changes().forEach(this::apply);
      received.addAll(page.changes());
      cursor = page.nextCursor();
      if (!page.hasMore()) {
        assertThat(page.scopeChecksum()).isPresent();
        assertThat(ScopeChecksums.of(copy.values())).isEqualTo(page.scopeChecksum().get());
        return received;
      }
    }
  }

  /** The record as this device holds it, if it does. */
  public RecordState get(RecordKey key) {
    return copy.get(key);
  }

  /** Whether this device holds the record. */
  public boolean holds(RecordKey key) {
    return copy.containsKey(key);
  }

  /** Every record this device holds. */
  public Map<RecordKey, RecordState> records() {
    return Map.copyOf(copy);
  }

  /** The cursor this device would pull from next. */
  public Cursor cursor() {
    return cursor;
  }

  private void apply(Change change) {
    if (change instanceof Change.Upsert u) {
      keepNewer(u.record());
    } else if (change instanceof Change.Delete d) {
      copy.remove(d.key());
    } else if (change instanceof Change.Evict e) {
      copy.remove(e.key());
    } else if (change instanceof Change.Grant g) {
      keepNewer(g.record());
      g.related().forEach(this::keepNewer);
    }
  }

  private void keepNewer(RecordState state) {
    RecordState held = copy.get(state.key());
    if (held == null || held.version() <= state.version()) {
      copy.put(state.key(), state);
    }
  }
}
