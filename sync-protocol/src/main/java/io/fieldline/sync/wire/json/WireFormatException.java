package io.fieldline.sync.wire.json;

/** A message could not be decoded; the message names the JSON path and the offending value. */
public final class WireFormatException extends RuntimeException {

  private final String path;

  /** Creates the exception for {@code path} (e.g. {@code mutations[2].operation}). */
  public WireFormatException(String path, String problem) {
    super(path.isEmpty() ? problem : path + ": " + problem);
    this.path = path;
  }

  /** The JSON path of the problem; empty for the document itself. */
  public String path() {
    return path;
  }
}
