package io.fieldline.contract.client;

/**
 * No answer arrived: the request may or may not have been processed. The client resends later (a
 * replayed push is answered {@code duplicate}, PROTOCOL.md R7).
 */
public class TransportException extends Exception {

  public TransportException(String message) {
    super(message);
  }

  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
