package io.fieldline.contract.client.poke;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A tiny graphql-transport-ws server for tests (RFC 6455 handshake, unfragmented text frames):
 * acknowledges {@code connection_init}, records what the client sends, and lets the test push
 * {@code next} frames or drop the connection.
 */
final class MiniWsServer implements AutoCloseable {
  final ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
  final LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
  final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  MiniWsServer() throws IOException {
    acceptor = new Thread(this::accept, "mini-ws");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        connections.add(s);
        Thread t = new Thread(() -> serve(s), "mini-ws-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try {
      InputStream in = s.getInputStream();
      String key = null;
      for (String line; !(line = readLine(in)).isEmpty(); ) {
        if (line.toLowerCase().startsWith("sec-websocket-key:")) {
          key = line.substring(line.indexOf(':') + 1).trim();
        }
      }
      String accept =
          Base64.getEncoder()
              .encodeToString(
                  MessageDigest.getInstance("SHA-1")
                      .digest(
                          (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")
                              .getBytes(StandardCharsets.US_ASCII)));
      s.getOutputStream()
          .write(
              ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      + "Sec-WebSocket-Accept: "
                      + accept
                      + "\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      DataInputStream data = new DataInputStream(in);
      while (true) {
        int opcode = data.readUnsignedByte() & 0x0f;
        int len = data.readUnsignedByte() & 0x7f;
        long length = len == 126 ? data.readUnsignedShort() : len == 127 ? data.readLong() : len;
        byte[] mask = new byte[4];
        data.readFully(mask);
        byte[] payload = new byte[(int) length];
        data.readFully(payload);
        for (int i = 0; i < payload.length; i++) {
          payload[i] ^= mask[i % 4];
        }
        if (opcode == 8) {
          s.close();
          return;
        }
        String text = new String(payload, StandardCharsets.UTF_8);
        received.add(text);
        if (text.contains("\"connection_init\"")) {
          send(s, "{\"type\":\"connection_ack\"}");
        }
      }
    } catch (Exception e) {
      // connection closed
    }
  }

  /** Sends a text frame on the latest connection. */
  void sendLatest(String text) throws IOException {
    send(connections.get(connections.size() - 1), text);
  }

  /** Drops the latest connection without a close frame. */
  /** Cuts the latest connection with a reset (no close frame, no FIN wait), like a lost link. */
  void dropLatest() throws IOException {
    Socket latest = connections.get(connections.size() - 1);
    latest.setSoLinger(true, 0);
    latest.close();
  }

  private static synchronized void send(Socket s, String text) throws IOException {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    frame.write(0x81);
    if (payload.length < 126) {
      frame.write(payload.length);
    } else {
      frame.write(126);
      frame.write(payload.length >> 8);
      frame.write(payload.length & 0xff);
    }
    frame.writeBytes(payload);
    OutputStream out = s.getOutputStream();
    out.write(frame.toByteArray());
    out.flush();
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int c; (c = in.read()) != -1 && c != '\n'; ) {
      if (c != '\r') {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : connections) {
      s.close();
    }
  }
}
