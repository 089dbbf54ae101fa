package th.ita.merge.merge;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * The web address the hostile fixtures point at ({@code http://127.0.0.1:47321/ita-hostile/…},
 * written into them by {@code make-hostile-fixtures.py}), listening for the whole test class: it
 * counts every request, and answers with {@link #CONTENT}, which must then never appear in an
 * output. A merge must ask it nothing.
 */
final class WebListener implements AutoCloseable {

	static final int PORT = 47321;

	/** The address the fixtures point at, as they write it. */
	static final String ADDRESS = "http://127.0.0.1:" + PORT + "/ita-hostile";

	static final String CONTENT = "LEAKED-FROM-THE-WEB";

	private final HttpServer server;

	private final AtomicInteger requests = new AtomicInteger();

	private WebListener(HttpServer server) {
		this.server = server;
	}

	/**
	 * Starts listening; when another run of these tests on this machine holds the port, waits for
	 * it (up to two minutes) rather than fail.
	 */
	static WebListener start() throws IOException {
		HttpServer server = bind();
		WebListener listener = new WebListener(server);
		server.createContext("/", (exchange) -> {
			listener.requests.incrementAndGet();
			byte[] body = (CONTENT + " root:x:0:0:root:/root:/bin/bash").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
		return listener;
	}

	private static HttpServer bind() throws IOException {
		long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
		while (true) {
			try {
				return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 0);
			}
			catch (java.net.BindException ex) {
				if (System.nanoTime() > giveUp) {
					throw ex;
				}
				try {
					Thread.sleep(500);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	int requests() {
		return this.requests.get();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
