package io.fieldline.backend.error;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * SmallRye GraphQL logs every error a resolver raises at ERROR level, including the expected ones
 * (not found, validation, unauthenticated) that clients are told about with a stable code. Those
 * are not server faults: this filter drops them from the log; every other error stays.
 */
@LoggingFilter(name = "expected-api-errors")
public final class ExpectedErrorLogFilter implements Filter {
  private static final String API_EXCEPTION = ApiException.class.getName();

  @Override
  public boolean isLoggable(LogRecord record) {
    if (record.getLoggerName() == null
        || !record.getLoggerName().startsWith("io.smallrye.graphql")) {
      return true;
    }
    if (record.getThrown() instanceof ApiException) {
      return false;
    }
    return !mentionsApiException(record.getMessage())
        && !mentionsParameters(record.getParameters());
  }

  private static boolean mentionsParameters(Object[] parameters) {
    if (parameters == null) {
      return false;
    }
    for (Object p : parameters) {
      if (p instanceof ApiException || (p != null && mentionsApiException(p.toString()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsApiException(String text) {
    return text != null && text.contains(API_EXCEPTION);
  }
}
