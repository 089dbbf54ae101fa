package th.ita.merge.docx;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether a merge or a roll-up makes PDFs of its Word documents ({@code ita.pdf.enabled}), with which
 * LibreOffice ({@code ita.pdf.office}, e.g. the environment variable {@code ITA_PDF_OFFICE}, for
 * an install where it is not usually found; empty to look in the usual places) and how long a
 * conversion may take ({@code ita.pdf.timeout}).
 */
@ConfigurationProperties("ita.pdf")
public record PdfSettings(@DefaultValue("true") boolean enabled, @DefaultValue("") String office,
		@DefaultValue("3m") Duration timeout) {

}
