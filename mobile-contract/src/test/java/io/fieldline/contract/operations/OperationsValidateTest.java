package io.fieldline.contract.operations;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.fieldline.contract.schema.ApiVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every operation document the apps use validates against the committed schema. */
class OperationsValidateTest {
  /** Custom scalars the served SDL uses without declaring them (SmallRye leaves them out). */
  static final List<String> SCALARS =
      List.of("Date", "DateTime", "Time", "BigDecimal", "BigInteger", "Long");

  private static final GraphQLSchema SCHEMA = schema();

  static GraphQLSchema schema() {
    TypeDefinitionRegistry registry =
        new SchemaParser().parse(ApiVersion.resource(ApiVersion.SCHEMA));
    for (String scalar : SCALARS) {
      if (!registry.scalars().containsKey(scalar)) {
        registry.add(ScalarTypeDefinition.newScalarTypeDefinition().name(scalar).build());
      }
    }
    return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
  }

  static List<Path> operations() throws Exception {
    Path root =
        Path.of(
            OperationsValidateTest.class
                .getClassLoader()
                .getResource("graphql/operations")
                .toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".graphql")).sorted().toList();
    }
  }

  private static List<ValidationError> validate(String text) {
    Document document = Parser.parse(text);
    return new Validator().validateDocument(SCHEMA, document, Locale.ENGLISH);
  }

  @TestFactory
  Stream<DynamicTest> everyOperationValidates() throws Exception {
    return operations().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getParent().getFileName() + "/" + file.getFileName(),
                    () -> {
                      String text = Files.readString(file);
                      assertThat(validate(text)).as(file.toString()).isEmpty();
                      assertThat(Parser.parse(text).getDefinitionsOfType(OperationDefinition.class))
                          .as("one named operation per file")
                          .hasSize(1)
                          .allSatisfy(op -> assertThat(op.getName()).isNotBlank());
                    }));
  }

  @Test
  void operationNamesAreUniqueAndEveryAreaIsCovered() throws Exception {
    Set<String> names = new HashSet<>();
    Set<String> areas = new HashSet<>();
    for (Path file : operations()) {
      for (OperationDefinition op :
          Parser.parse(Files.readString(file)).getDefinitionsOfType(OperationDefinition.class)) {
        assertThat(names.add(op.getName())).as("duplicate operation " + op.getName()).isTrue();
      }
      areas.add(file.getParent().getFileName().toString());
    }
    assertThat(areas)
        .contains(
            "device",
            "technician",
            "visit",
            "report",
            "catalog",
            "account",
            "quote",
            "approval",
            "order",
            "sync",
            "dispatch");
  }

  @Test
  void anOperationThatDriftedFromTheSchemaIsRefusedNamingTheField() {
    List<ValidationError> errors =
        validate("query Broken($id: ID!) { visit(id: $id) { id statusName } }");

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getMessage()).contains("statusName");
  }
}
