package th.ita.merge.rollup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import th.ita.merge.docx.LibreOffice;
import th.ita.merge.docx.PdfLastPage;
import th.ita.merge.docx.SignaturePlacement;
import th.ita.merge.docx.TableCell;
import th.ita.merge.docx.ThaiDocument;
import th.ita.merge.docx.ThaiTable;
import th.ita.merge.io.AtomicFiles;
import th.ita.merge.merge.MergeOutputs;
import th.ita.merge.value.Digits;

/**
 * The printable provincial summary as a Word document, with the words and figures of the sheet
 * ({@link SummaryOutline} makes both): the title, the paragraph of the whole province, one table
 * whose header rows repeat on every page, in it per district a heading row, its organizations and
 * a shaded subtotal, then the province's total, and the sign-off block. Its PDF, made when
 * LibreOffice is installed, never leaves the signatures alone on the last page.
 */
public final class ProvinceReportDocument {

	/**
	 * The size of the table's text: a page of the document, unlike a sheet printed to scale, holds
	 * the eight headers and a full name on one line only below 16 points (as the risk report's tables).
	 */
	static final int TABLE_POINTS = 14;

	private ProvinceReportDocument() {
	}

	/** Writes the document, replacing {@code docx} whole or not at all. */
	public static void write(ProvinceSummary summary, Digits digits, Path docx) throws IOException {
		write(summary, digits, docx, SignaturePlacement.AFTER_TABLE);
	}

	/**
	 * Makes the PDF beside the document ({@code report.pdf} beside {@code report.docx}), first
	 * removing one left by an earlier run. Returns false, and makes nothing, when LibreOffice is not
	 * found ({@code office} is the path the user gave, blank to look where it is usually installed):
	 * the caller then tells the officer how to make one in Word.
	 * @throws IOException when LibreOffice fails or runs out of {@code timeout}
	 */
	public static boolean writePdf(ProvinceSummary summary, Digits digits, Path docx, String office,
			Duration timeout, Path workFolder) throws IOException {
		Path pdf = pdfOf(docx);
		Files.deleteIfExists(pdf);
		Optional<LibreOffice> libreOffice = LibreOffice.find(office);
		if (libreOffice.isEmpty()) {
			return false;
		}
		boolean thai = digits == Digits.THAI;
		libreOffice.get().convertToPdf(List.of(docx), workFolder, timeout, thai);
		// LibreOffice ignores the keep-with-next that holds the last row and the signatures together
		if (PdfLastPage.holdsOnly(pdf, summary.signOffLines(digits))) {
			write(summary, digits, docx, SignaturePlacement.WITH_LAST_ROW);
			libreOffice.get().convertToPdf(List.of(docx), workFolder, timeout, thai);
		}
		return true;
	}

	/** The PDF of a document: the same name ending in .pdf, beside it. */
	public static Path pdfOf(Path docx) {
		return MergeOutputs.pdfOf(docx);
	}

	private static void write(ProvinceSummary summary, Digits digits, Path docx, SignaturePlacement signatures)
			throws IOException {
		List<String> title = SummaryOutline.title(summary, digits);
		try (ThaiDocument document = new ThaiDocument(String.join(" ", title), digits)) {
			document.title(title);
			document.paragraph(SummaryOutline.overview(summary, digits));
			document.blank();
			ThaiTable table = document.table(TABLE_POINTS,
					SummaryOutline.widths(ThaiDocument.columns(TABLE_POINTS), summary, digits));
			table.header(SummaryOutline.HEADER_TOP, SummaryOutline.HEADER_BOTTOM);
			for (Map.Entry<String, List<OrganizationProgress>> district : summary.byDistrict().entrySet()) {
				List<OrganizationProgress> organizations = district.getValue();
				table.span(TableCell.of(SummaryOutline.districtHeading(district.getKey(), organizations.size(), digits))
					.asBold(), true);
				int number = 0;
				for (OrganizationProgress organization : organizations) {
					table.row(cells(SummaryOutline.row(++number, organization, digits), false, ""));
				}
				table.row(cells(SummaryOutline.total(SummaryOutline.districtTotal(district.getKey()), organizations, digits),
						true, SummaryReportSheet.SUBTOTAL_FILL));
			}
			table.row(cells(SummaryOutline.total(SummaryOutline.provinceTotal(summary), summary.organizations(), digits),
					true, SummaryReportSheet.TOTAL_FILL));
			document.signOff(summary.signOffLines(digits), signatures);
			AtomicFiles.write(docx, document::write);
		}
	}

	/** A row's cells: the name on the left, the figures centred; a total bold and shaded. */
	private static List<TableCell> cells(List<String> texts, boolean total, String fill) {
		return IntStream.range(0, texts.size()).mapToObj((column) -> {
			TableCell cell = TableCell.of(texts.get(column)).withFill(fill);
			cell = (column == 1) ? cell : cell.asCentred();
			return (total && column == 1) ? cell.asBold() : cell;
		}).toList();
	}

}
