package dev.driftgate.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A server on 127.0.0.1 that accepts TCP connections and then goes silent: at once, or (as a proxy
 * to a real PostgreSQL) from the moment the client sends a given text, such as a table name in a
 * query. What a hung server, a stopped VM or a black-holing firewall looks like to a client.
 */
public final class SilentServer implements AutoCloseable {
  private final ServerSocket listener;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicBoolean silent = new AtomicBoolean();
  private final int upstreamPort;
  private final byte[] trigger;

  private SilentServer(int upstreamPort, String trigger) throws IOException {
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.upstreamPort = upstreamPort;
    this.trigger = trigger == null ? null : trigger.getBytes(StandardCharsets.US_ASCII);
    silent.set(trigger == null);
    daemon(this::accept);
  }

  /** Accepts and never answers. */
  public static SilentServer mute() throws IOException {
    return new SilentServer(0, null);
  }

  /**
   * Forwards to the server on {@code port} until the client sends {@code trigger}, then is mute.
   */
  public static SilentServer proxyUntil(int port, String trigger) throws IOException {
    return new SilentServer(port, trigger);
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** Whether it has gone silent. */
  public boolean silent() {
    return silent.get();
  }

  private void accept() {
    try {
      while (true) {
        Socket client = listener.accept();
        sockets.add(client);
        if (trigger != null) {
          Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
          sockets.add(server);
          daemon(() -> pump(client, server, true));
          daemon(() -> pump(server, client, false));
        }
      }
    } catch (IOException closed) {
      // closed by close()
    }
  }

  private void pump(Socket from, Socket to, boolean watch) {
    byte[] buffer = new byte[8192];
    byte[] window = new byte[0];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        if (watch) {
          window = tail(window, buffer, n);
          if (contains(window, trigger)) {
            silent.set(true);
          }
        }
        if (!watch && silent.get()) {
          continue; // the answer is swallowed: the client waits for it
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException closed) {
      // either side went away
    }
  }

  private byte[] tail(byte[] window, byte[] buffer, int n) {
    byte[] joined = new byte[window.length + n];
    System.arraycopy(window, 0, joined, 0, window.length);
    System.arraycopy(buffer, 0, joined, window.length, n);
    int keep = Math.min(joined.length, n + trigger.length);
    return java.util.Arrays.copyOfRange(joined, joined.length - keep, joined.length);
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static void daemon(Runnable task) {
    Thread t = new Thread(task, "silent-server");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket s : sockets) {
      s.close();
    }
  }
}
