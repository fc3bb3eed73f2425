package io.fieldline.backend.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No code path opens a transaction except through {@link TenantTx}: every other way to start one
 * (Panache or Hibernate transactions and sessions, raw pool transactions, connections, JTA) is
 * banned from the main sources.
 */
class TransactionHelperRuleTest {
  private static final Pattern OPENS_TRANSACTION =
      Pattern.compile(
          "withTransaction\\(|withSession\\(|withStatelessSession\\(|withStatelessTransaction\\("
              + "|@WithTransaction|@WithSession|@Transactional|\\.getConnection\\(|\\.begin\\(\\)"
              + "|openSession\\(|QuarkusTransaction");

  /** Files allowed to open transactions: the helper, and the bootstrap (no tenant data there). */
  private static final List<String> ALLOWED =
      List.of("tenancy/TenantTx.java", "devdb/AdminConnection.java", "devdb/RoleSetup.java");

  @Test
  void onlyTheTenantHelperOpensTransactions() throws IOException {
    Path root = Path.of("src/main/java/io/fieldline/backend");
    assertThat(root).isDirectory();
    try (Stream<Path> files = Files.walk(root)) {
      List<String> offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(
                  p -> ALLOWED.stream().noneMatch(a -> p.toString().replace('\\', '/').endsWith(a)))
              .filter(TransactionHelperRuleTest::opensTransaction)
              .map(Path::toString)
              .toList();
      assertThat(offenders).as("files opening transactions outside TenantTx").isEmpty();
    }
  }

  @Test
  void theRuleCatchesAnOffender() {
    assertThat(OPENS_TRANSACTION.matcher("return Panache.withTransaction(() -> x);").find())
        .isTrue();
    assertThat(OPENS_TRANSACTION.matcher("pool.withTransaction(c -> c.query(q))").find()).isTrue();
    assertThat(OPENS_TRANSACTION.matcher("@WithTransaction public Uni<X> save()").find()).isTrue();
  }

  private static boolean opensTransaction(Path file) {
    try {
      return OPENS_TRANSACTION.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
