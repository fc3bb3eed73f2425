package io.fieldline.backend.dispatch.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.fieldline.backend.dispatch.board.BoardViews;
import io.fieldline.backend.dispatch.plan.Kpis;
import io.smallrye.graphql.spi.EventingService;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Serves the fields of the dispatch board's output records with plain accessor calls instead of
 * SmallRye GraphQL's per-field data fetcher, which builds a request context for every field (a
 * context clone, the field's path as a string, its selected sub-fields as JSON): on a board of
 * 1,500 visits that was about a second per request. The schema does not change, only the code
 * registry's fetchers of these types; their fields are plain values and lists without arguments,
 * security or transformation (backend/docs/dispatch.md). Loaded by SmallRye through {@code
 * META-INF/services}; always on (no configuration key).
 */
public class BoardFieldFetchers implements EventingService {
  private static final Logger LOG = Logger.getLogger(BoardFieldFetchers.class);

  /** The board's records; their GraphQL type names are the simple class names. */
  static final List<Class<? extends Record>> TYPES =
      List.of(
          BoardViews.Board.class,
          BoardViews.BoardTechnician.class,
          BoardViews.BoardShift.class,
          BoardViews.BoardVisit.class,
          BoardViews.QueueItem.class,
          BoardViews.SkillView.class,
          BoardViews.AbsenceView.class,
          Kpis.class);

  @Override
  public String getConfigKey() {
    return null;
  }

  @Override
  public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
    GraphQLSchema schema = builder.build();
    int[] fields = {0};
    GraphQLCodeRegistry registry =
        schema
            .getCodeRegistry()
            .transform(code -> TYPES.forEach(t -> fields[0] += register(schema, code, t)));
    LOG.debugf("Dispatch board: %d fields served by record accessors", fields[0]);
    return builder.codeRegistry(registry);
  }

  private static int register(
      GraphQLSchema schema, GraphQLCodeRegistry.Builder code, Class<? extends Record> type) {
    GraphQLObjectType object = schema.getObjectType(type.getSimpleName());
    if (object == null) {
      return 0;
    }
    int n = 0;
    for (RecordComponent component : type.getRecordComponents()) {
      if (object.getFieldDefinition(component.getName()) != null) {
        n++;
        code.dataFetcher(
            FieldCoordinates.coordinates(object.getName(), component.getName()),
            new Accessor(component));
      }
    }
    return n;
  }

  /** Reads one record component of the source object. */
  static final class Accessor implements TrivialDataFetcher<Object> {
    private final MethodHandle getter;

    Accessor(RecordComponent component) {
      try {
        this.getter =
            MethodHandles.publicLookup()
                .unreflect(component.getAccessor())
                .asType(java.lang.invoke.MethodType.methodType(Object.class, Object.class));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + component, e);
      }
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
      try {
        return getter.invoke((Object) environment.getSource());
      } catch (Exception | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
    }
  }
}
