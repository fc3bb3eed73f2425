package io.fieldline.backend.error;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An expected failure with a stable {@link ErrorCode}. Over GraphQL it becomes an error whose
 * {@code extensions.code} is the code (and {@code extensions.field} the offending input field); its
 * message is meant for people and never holds class names or stack traces.
 */
public class ApiException extends RuntimeException implements GraphQLError {
  private final ErrorCode code;
  private final String field;

  public ApiException(ErrorCode code, String message) {
    this(code, message, null);
  }

  public ApiException(ErrorCode code, String message, String field) {
    super(message, null, false, false);
    this.code = code;
    this.field = field;
  }

  public static ApiException notFound(String what, Object id) {
    return new ApiException(ErrorCode.NOT_FOUND, what + " " + id + " not found");
  }

  public static ApiException invalid(String field, String message) {
    return new ApiException(ErrorCode.VALIDATION_FAILED, message, field);
  }

  public ErrorCode code() {
    return code;
  }

  public String field() {
    return field;
  }

  @Override
  public List<SourceLocation> getLocations() {
    return null;
  }

  @Override
  public ErrorClassification getErrorType() {
    return ErrorType.DataFetchingException;
  }

  @Override
  public Map<String, Object> getExtensions() {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("code", code.name());
    if (field != null) {
      extensions.put("field", field);
    }
    return extensions;
  }
}
