package th.ita.merge.web.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file sent to the browser to save, under a Thai name the browser keeps. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<Resource> of(Path file, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(typeOf(name))
			.body(new PathResource(file));
	}

	static MediaType typeOf(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xlsx")) {
			return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		}
		if (lower.endsWith(".docx")) {
			return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		}
		if (lower.endsWith(".pdf")) {
			return MediaType.APPLICATION_PDF;
		}
		if (lower.endsWith(".csv")) {
			return MediaType.parseMediaType("text/csv; charset=UTF-8");
		}
		if (lower.endsWith(".zip")) {
			return MediaType.parseMediaType("application/zip");
		}
		return MediaType.APPLICATION_OCTET_STREAM;
	}

}
