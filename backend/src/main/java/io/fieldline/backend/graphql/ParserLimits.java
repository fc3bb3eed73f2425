package io.fieldline.backend.graphql;

import graphql.parser.ParserOptions;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the parser's token limits to every GraphQL operation. SmallRye GraphQL 2.17 builds parser
 * options from {@code quarkus.smallrye-graphql.parser-max-tokens} but operations are parsed with
 * graphql-java's default operation options, so the key had no effect (a 6,000-token document passed
 * a 5,000 limit); the defaults are set here instead, once at start.
 */
@Startup
@ApplicationScoped
public class ParserLimits {
  @ConfigProperty(name = "fieldline.graphql.max-tokens")
  int maxTokens;

  @ConfigProperty(name = "fieldline.graphql.max-whitespace-tokens")
  int maxWhitespaceTokens;

  @PostConstruct
  void apply() {
    ParserOptions.setDefaultOperationParserOptions(
        ParserOptions.getDefaultOperationParserOptions()
            .transform(
                options -> options.maxTokens(maxTokens).maxWhitespaceTokens(maxWhitespaceTokens)));
  }
}
