package io.fieldline.contract.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed schema against the released baseline, and the breaking-change rules on small
 * deliberately broken schemas.
 */
class SchemaCompatibilityTest {
  private static final String BASE =
      """
      type Query { visit(id: ID!): Visit, visits(day: String, first: Int): [Visit!]! }
      type Visit { id: ID!, status: VisitStatus!, notes: String, account: Account }
      type Account { id: ID!, name: String! }
      enum VisitStatus { SCHEDULED ON_SITE COMPLETED }
      input NoteInput { visitId: ID!, text: String }
      union Node = Visit | Account
      type Mutation { note(input: NoteInput!): Visit }
      """;

  @Test
  void theCommittedSchemaHasNoBreakingChangeAgainstTheReleasedOneUnlessTheVersionWasBumped() {
    List<String> breaking =
        SchemaCompatibility.breakingChanges(
            ApiVersion.resource(ApiVersion.RELEASED_SCHEMA),
            ApiVersion.resource(ApiVersion.SCHEMA));

    if (ApiVersion.current() <= ApiVersion.released()) {
      assertThat(breaking)
          .as(
              "breaking changes against released API v%d: bump graphql/api-version.txt or keep"
                  + " the old fields",
              ApiVersion.released())
          .isEmpty();
    }
    assertThat(ApiVersion.current()).isGreaterThanOrEqualTo(ApiVersion.released());
  }

  @Test
  void additionsAreNotBreaking() {
    String added =
        BASE.replace(
                "notes: String,", "notes: String, arrivedAt: String, photos(first: Int): [ID!],")
            .replace("COMPLETED }", "COMPLETED PAUSED }")
            .replace("text: String }", "text: String, tag: String }")
            .replace(
                "visits(day: String, first: Int)", "visits(day: String, first: Int, after: String)")
            .replace("name: String! }", "name: String!, site: String }");

    assertThat(SchemaCompatibility.breakingChanges(BASE, added)).isEmpty();
  }

  @Test
  void aRemovedFieldIsBreaking() {
    String broken = BASE.replace(" notes: String,", "");

    assertThat(SchemaCompatibility.breakingChanges(BASE, broken))
        .containsExactly("field Visit.notes was removed");
  }

  @Test
  void aRetypedFieldOrArgumentIsBreaking() {
    String broken =
        BASE.replace("notes: String,", "notes: Int,")
            .replace("visit(id: ID!)", "visit(id: String!)");

    assertThat(SchemaCompatibility.breakingChanges(BASE, broken))
        .containsExactlyInAnyOrder(
            "field Visit.notes changed type from String to Int",
            "field Query.visit argument id changed type from ID! to String!");
  }

  @Test
  void aNewRequiredArgumentOrInputFieldIsBreakingButAnOptionalOneIsNot() {
    String broken =
        BASE.replace(
                "visits(day: String, first: Int)", "visits(day: String, first: Int, tz: String!)")
            .replace("text: String }", "text: String, author: ID! }");

    assertThat(SchemaCompatibility.breakingChanges(BASE, broken))
        .containsExactlyInAnyOrder(
            "field Query.visits argument tz is new and required",
            "NoteInput input field author is new and required");
  }

  @Test
  void removedArgumentsTypesEnumValuesAndUnionMembersAreBreaking() {
    String broken =
        BASE.replace("visits(day: String, first: Int)", "visits(first: Int)")
            .replace(" ON_SITE", "")
            .replace("= Visit | Account", "= Visit")
            .replace("type Account { id: ID!, name: String! }", "scalar Account");

    assertThat(SchemaCompatibility.breakingChanges(BASE, broken))
        .containsExactlyInAnyOrder(
            "field Query.visits argument day was removed",
            "enum VisitStatus lost value ON_SITE",
            "union Node lost member Account",
            "type Account changed kind");
  }

  @Test
  void nullabilityMayOnlyTightenOnOutputsAndLoosenOnInputs() {
    String safe =
        BASE.replace("notes: String,", "notes: String!,")
            .replace("visit(id: ID!)", "visit(id: ID)");
    String broken =
        BASE.replace("status: VisitStatus!", "status: VisitStatus")
            .replace("first: Int)", "first: Int!)");

    assertThat(SchemaCompatibility.breakingChanges(BASE, safe)).isEmpty();
    assertThat(SchemaCompatibility.breakingChanges(BASE, broken))
        .containsExactlyInAnyOrder(
            "field Visit.status changed type from VisitStatus! to VisitStatus",
            "field Query.visits argument first changed type from Int to Int!");
  }
}
