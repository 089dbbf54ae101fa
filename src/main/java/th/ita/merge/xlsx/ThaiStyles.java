package th.ita.merge.xlsx;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The style library of a workbook we write: built once per workbook and looked up per cell, every
 * style in TH Sarabun New 16 pt as Thai official documents require (the workbook's default font
 * too, so even empty cells print in it).
 */
public final class ThaiStyles {

	public static final String FONT = "TH Sarabun New";

	public static final short FONT_POINTS = 16;

	/** The looks our sheets use. */
	public enum Look {

		/** Plain text at the top left, no border. */
		TEXT,
		/** Bold text, no border: titles and headings. */
		HEADING,
		/** Bold and centred, no border: the report title. */
		TITLE,
		/** Wrapped text, no border: narrative paragraphs. */
		PARAGRAPH,
		/** Bold, centred, bordered, shaded: table header cells. */
		TABLE_HEADER,
		/** Wrapped, bordered: table body cells. */
		CELL,
		/** Wrapped, bordered, centred: short values such as numbers or codes in a table. */
		CELL_CENTRED,
		/** Bold, wrapped, bordered: a topic heading row inside a table. */
		CELL_BOLD,
		/** Wrapped, bordered, unlocked and tinted: the cells a division fills in. */
		INPUT,
		/** Blue underlined text: links. */
		LINK

	}

	private final Map<Look, CellStyle> styles = new EnumMap<>(Look.class);

	private final Map<String, CellStyle> filled = new HashMap<>();

	private final Workbook workbook;

	public ThaiStyles(Workbook workbook) {
		this.workbook = workbook;
		Font defaultFont = workbook.getFontAt(0);
		defaultFont.setFontName(FONT);
		defaultFont.setFontHeightInPoints(FONT_POINTS);
		Font regular = font(workbook, false, false);
		Font bold = font(workbook, true, false);
		Font link = font(workbook, false, true);
		this.styles.put(Look.TEXT, style(workbook, regular, false, false));
		this.styles.put(Look.HEADING, style(workbook, bold, false, false));
		CellStyle title = style(workbook, bold, true, false);
		title.setAlignment(HorizontalAlignment.CENTER);
		this.styles.put(Look.TITLE, title);
		this.styles.put(Look.PARAGRAPH, style(workbook, regular, true, false));
		CellStyle header = style(workbook, bold, true, true);
		header.setAlignment(HorizontalAlignment.CENTER);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.styles.put(Look.TABLE_HEADER, header);
		this.styles.put(Look.CELL, style(workbook, regular, true, true));
		CellStyle centred = style(workbook, regular, true, true);
		centred.setAlignment(HorizontalAlignment.CENTER);
		this.styles.put(Look.CELL_CENTRED, centred);
		this.styles.put(Look.CELL_BOLD, style(workbook, bold, true, true));
		CellStyle input = style(workbook, regular, true, true);
		input.setLocked(false);
		input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.styles.put(Look.INPUT, input);
		this.styles.put(Look.LINK, style(workbook, link, true, true));
	}

	public CellStyle get(Look look) {
		return this.styles.get(look);
	}

	/**
	 * A look filled with a colour (RGB hex such as "FFC000"), e.g. a risk level in its band's
	 * colour. Made once per look and colour, then shared; "" gives the look unfilled.
	 */
	public CellStyle filled(Look look, String rgb) {
		if (rgb.isEmpty()) {
			return get(look);
		}
		return this.filled.computeIfAbsent(look + "/" + rgb, (key) -> {
			XSSFCellStyle style = (XSSFCellStyle) this.workbook.createCellStyle();
			style.cloneStyleFrom(get(look));
			style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(rgb), null));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		});
	}

	/**
	 * A bordered look for one part of a cell whose text runs over several rows: the border between
	 * two parts left out, so the parts read as one cell. Made once per look and part, then shared.
	 */
	public CellStyle part(CellStyle whole, boolean first, boolean last) {
		if (first && last) {
			return whole;
		}
		return this.filled.computeIfAbsent("part/" + whole.getIndex() + "/" + first + "/" + last, (key) -> {
			CellStyle style = this.workbook.createCellStyle();
			style.cloneStyleFrom(whole);
			if (!first) {
				style.setBorderTop(BorderStyle.NONE);
			}
			if (!last) {
				style.setBorderBottom(BorderStyle.NONE);
			}
			return style;
		});
	}

	private static Font font(Workbook workbook, boolean bold, boolean link) {
		Font font = workbook.createFont();
		font.setFontName(FONT);
		font.setFontHeightInPoints(FONT_POINTS);
		font.setBold(bold);
		if (link) {
			font.setUnderline(Font.U_SINGLE);
			font.setColor(IndexedColors.BLUE.getIndex());
		}
		return font;
	}

	private static CellStyle style(Workbook workbook, Font font, boolean wrap, boolean border) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setWrapText(wrap);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		if (border) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		return style;
	}

}
