package th.ita.merge.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium on the page, as the browser tour drives it: open a path, read
 * what the page shows, send a file, wait for a download, and save a full-page screenshot of each
 * page (on a desktop window and on a phone's screen) to {@code target/screenshots}.
 */
final class BrowserTour implements AutoCloseable {

	/** Where the screenshots go, numbered in the order the tour took them. */
	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** Debian's chromium (Ubuntu's chromium-browser, or Google Chrome), on the PATH or in /usr/bin. */
	private static final Optional<Path> CHROMIUM = program("chromium", "chromium-browser", "google-chrome");

	/** Debian's chromium-driver, or the chromedriver matching Google Chrome. */
	private static final Optional<Path> CHROMEDRIVER = program("chromedriver");

	private final ChromeDriver driver;

	private final String base;

	private final Path downloads;

	private final AtomicInteger shots;

	private BrowserTour(ChromeDriver driver, String base, Path downloads, AtomicInteger shots) {
		this.driver = driver;
		this.base = base;
		this.downloads = downloads;
		this.shots = shots;
	}

	/** Chromium and its driver as Debian's chromium and chromium-driver install them, when both are there. */
	static boolean installed() {
		return CHROMIUM.isPresent() && CHROMEDRIVER.isPresent();
	}

	private static Optional<Path> program(String... names) {
		List<String> folders = new ArrayList<>(List.of("/usr/bin"));
		folders.addAll(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
		return Stream.of(names)
			.flatMap((name) -> folders.stream().filter((folder) -> !folder.isEmpty())
				.map((folder) -> Path.of(folder, name)))
			.filter(Files::isExecutable)
			.findFirst();
	}

	/** A new browser on {@code base}, saving what it downloads to {@code downloads}. */
	static BrowserTour open(String base, Path downloads, AtomicInteger shots) throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.orElseThrow().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
				"--lang=th-TH");
		Map<String, Object> prefs = new HashMap<>();
		prefs.put("download.default_directory", Files.createDirectories(downloads).toAbsolutePath().toString());
		prefs.put("download.prompt_for_download", false);
		prefs.put("safebrowsing.enabled", false);
		options.setExperimentalOption("prefs", prefs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.orElseThrow().toFile())
			.usingAnyFreePort()
			.build();
		return new BrowserTour(new ChromeDriver(service, options), base, downloads, shots);
	}

	/** Opens a path of the server ("/officer"), or the path of a full address the page gave. */
	void go(String pathOrAddress) {
		URI uri = URI.create(pathOrAddress);
		this.driver.get(this.base + ((uri.getScheme() != null) ? uri.getRawPath() : pathOrAddress));
	}

	String path() {
		return URI.create(this.driver.getCurrentUrl()).getPath();
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	List<WebElement> all(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	/** The rows of the table that follows a heading of the page. */
	List<WebElement> rowsUnder(String heading) {
		return this.driver.findElements(
				By.xpath("//h2[normalize-space()='" + heading + "']/following::table[1]/tbody/tr"));
	}

	/** The text the page shows, as a person reads it. */
	String text() {
		return find("body").getText();
	}

	/** Waits for an element, through pages that reload themselves meanwhile. */
	WebElement await(String css, Duration timeout) {
		return new WebDriverWait(this.driver, timeout).ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	/** Waits until one of the elements is on the page; returns the selector found. */
	String awaitAny(Duration timeout, String... css) {
		return new WebDriverWait(this.driver, timeout).ignoring(StaleElementReferenceException.class)
			.until((d) -> Stream.of(css).filter((one) -> !all(one).isEmpty()).findFirst().orElse(null));
	}

	/** Types into a field, chooses a file for a file input (by its absolute path). */
	void type(String css, String value) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(value);
	}

	void choose(String css, Path file) {
		find(css).sendKeys(file.toAbsolutePath().toString());
	}

	/** Clicks and waits until the page that follows has loaded. */
	void click(WebElement element) {
		WebElement html = find("html");
		element.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(html));
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until((d) -> "complete"
			.equals(this.driver.executeScript("return document.readyState")));
	}

	/** Clicks a link that downloads a file, and waits until the browser has saved the whole file. */
	Path download(WebElement link, String name, Duration timeout) {
		Path file = this.downloads.resolve(name);
		link.click();
		new WebDriverWait(this.driver, timeout).until((d) -> Files.isRegularFile(file) && !partial());
		return file;
	}

	private boolean partial() {
		try (Stream<Path> files = Files.list(this.downloads)) {
			return files.anyMatch((f) -> f.getFileName().toString().endsWith(".crdownload"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Saves the whole page, not only what the window shows, as {@code <nn>-<name>.png}. */
	Path screenshot(String name) throws IOException {
		@SuppressWarnings("unchecked")
		Map<String, Object> size = (Map<String, Object>) this.driver
			.executeCdpCommand("Page.getLayoutMetrics", Map.of())
			.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
				"scale", 1);
		String png = (String) this.driver
			.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "clip", clip))
			.get("data");
		Path file = Files.createDirectories(SCREENSHOTS)
			.resolve(String.format("%02d-%s.png", this.shots.incrementAndGet(), name));
		Files.write(file, Base64.getDecoder().decode(png));
		return file;
	}

	/** The page as the browser prints it (A4), saved as {@code <nn>-<name>.pdf}. */
	Path print(String name) throws IOException {
		String pdf = (String) this.driver
			.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true))
			.get("data");
		Path file = Files.createDirectories(SCREENSHOTS)
			.resolve(String.format("%02d-%s.pdf", this.shots.incrementAndGet(), name));
		Files.write(file, Base64.getDecoder().decode(pdf));
		return file;
	}

	/**
	 * The same page on a phone's screen (390 × 844 CSS pixels, as a phone lays it out), without
	 * loading it again: a page that answered a form would send the form again.
	 */
	Path phoneScreenshot(String name) throws IOException {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
		try {
			return screenshot(name);
		}
		finally {
			this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	/** Empties the screenshots folder of a run before. */
	static void clearScreenshots() throws IOException {
		if (Files.isDirectory(SCREENSHOTS)) {
			try (Stream<Path> old = Files.list(SCREENSHOTS)) {
				for (Path file : old.filter((f) -> f.toString().endsWith(".png")).toList()) {
					Files.delete(file);
				}
			}
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
