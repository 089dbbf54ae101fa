package th.ita.merge.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * One person's browser against the real server, for the tests a mock cannot make (the servlet
 * container's own limits, many people at once): its own cookies (so its own session and CSRF
 * token), following redirects as a browser does, every request answered within 60 seconds or
 * failed.
 */
final class HttpBrowser {

	private static final Duration BOUND = Duration.ofSeconds(60);

	private final String base;

	private final HttpClient http;

	HttpBrowser(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path).GET());
	}

	HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** The upload form as a browser sends it: the sender's name, then the file under its own name. */
	HttpResponse<String> postFile(String path, String sender, Path file) throws IOException, InterruptedException {
		String boundary = "----ita-load-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"sender\"\r\n\r\n" + sender
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(Files.readAllBytes(file));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** The real server, listening on 127.0.0.1 alone for the length of a test (a free port). */
	static ConfigurableApplicationContext startOnLoopback(WebServer.Settings settings, Path log) throws Exception {
		String before = System.getProperty("server.address");
		System.setProperty("server.address", "127.0.0.1");
		try {
			return WebServer.start(settings, log);
		}
		finally {
			System.getProperties().compute("server.address", (name, value) -> before);
		}
	}

	/** The address of a server {@link #startOnLoopback} started. */
	static String base(ConfigurableApplicationContext server) {
		return "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
	}

	/** Sets the officer's first password through the setup page, then signs in with it. */
	void signInAsOfficer() throws IOException, InterruptedException {
		String password = "real-server-password";
		String setup = get("/setup").body();
		postForm("/setup", Map.of("password", password, "again", password, "_csrf", csrf(setup)));
		String login = get("/login").body();
		HttpResponse<String> signedIn = postForm("/login",
				Map.of("username", "officer", "password", password, "_csrf", csrf(login)));
		if (!signedIn.uri().getPath().equals("/officer")) {
			throw new AssertionError("not signed in: " + signedIn.uri());
		}
	}

	static String csrf(String page) {
		return firstMatch("name=\"_csrf\" value=\"([^\"]+)\"", page);
	}

	static String firstMatch(String regex, String page) {
		Matcher found = Pattern.compile(regex).matcher(page);
		if (!found.find()) {
			throw new AssertionError(regex + " not in the page:\n" + page);
		}
		return found.group(1);
	}

	private HttpRequest.Builder request(String path) {
		// what a browser asks for: pages, so errors come as the Thai pages a person sees
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(BOUND)
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.header("Accept-Language", "th-TH,th;q=0.9");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
