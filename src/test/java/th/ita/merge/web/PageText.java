package th.ita.merge.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

import th.ita.merge.OutputWorkbook;

/**
 * A page of the web page as a person reads it: its text without markup, the rows of its tables,
 * its links and forms; and a download as the person saves and opens it. The pages are HTML, not
 * XML, so they are read with a few patterns of their own markup rather than an XML parser.
 */
public final class PageText {

	private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*)\"");

	private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

	private PageText() {
	}

	public static String html(MvcResult result) throws IOException {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** What the page says, without its markup, each run of white space one space. */
	public static String text(MvcResult result) throws IOException {
		return text(html(result));
	}

	/** The rows of every table body of a page, each the text of its cells. */
	public static List<List<String>> rows(MvcResult result) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		Matcher row = ROW.matcher(html(result));
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = CELL.matcher(row.group(1));
			while (cell.find()) {
				cells.add(text(cell.group(1)));
			}
			if (!cells.isEmpty()) {
				rows.add(cells);
			}
		}
		return rows;
	}

	/** The problems an upload's page lists: number, severity, sheet, cell, value found, what to do. */
	public static List<List<String>> problems(MvcResult result) throws IOException {
		return rows(result).stream()
			.filter((cells) -> cells.size() == 6 && List.of("ข้อผิดพลาด", "คำเตือน").contains(cells.get(1)))
			.toList();
	}

	/** The first link of a page whose address contains {@code part}. */
	public static String href(MvcResult result, String part) throws IOException {
		List<String> links = hrefs(result, part);
		if (links.isEmpty()) {
			throw new AssertionError("No link with " + part + " on the page:\n" + html(result));
		}
		return links.get(0);
	}

	/** Every link of a page whose address contains {@code part}, as the page writes it (encoded). */
	public static List<String> hrefs(MvcResult result, String part) throws IOException {
		List<String> links = new ArrayList<>();
		Matcher href = HREF.matcher(html(result));
		while (href.find()) {
			if (href.group(1).contains(part)) {
				links.add(href.group(1));
			}
		}
		return links;
	}

	/** The CSRF token a page's forms send back, as its hidden field holds it. */
	public static String csrfToken(MvcResult page) throws IOException {
		Matcher token = CSRF.matcher(html(page));
		if (!token.find()) {
			throw new AssertionError("No CSRF token on the page:\n" + html(page));
		}
		return token.group(1);
	}

	/** Where a page's form whose address contains {@code part} is sent, as the page writes it. */
	public static URI formAction(MvcResult page, String part) throws IOException {
		Matcher form = FORM.matcher(html(page));
		while (form.find()) {
			if (form.group(1).contains(part)) {
				return URI.create(form.group(1).replace("&amp;", "&"));
			}
		}
		throw new AssertionError("No form to " + part + " on the page:\n" + html(page));
	}

	/** A downloaded workbook, opened as the officer opens it. */
	public static OutputWorkbook workbook(MvcResult download) throws IOException {
		Path file = Files.createTempFile("download", ".xlsx");
		try {
			Files.write(file, download.getResponse().getContentAsByteArray());
			return OutputWorkbook.open(file);
		}
		finally {
			Files.delete(file);
		}
	}

	/** The name the browser saves a download under. */
	public static String savedAs(MvcResult result) {
		return ContentDisposition.parse(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename();
	}

	private static String text(String html) {
		return html.replaceAll("(?s)<head>.*?</head>", " ")
			.replaceAll("</?(span|a|strong|em|b)\\b[^>]*>", "")
			.replaceAll("<[^>]*>", " ")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ")
			.strip();
	}

}
