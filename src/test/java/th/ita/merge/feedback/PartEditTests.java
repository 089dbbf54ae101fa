package th.ita.merge.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.NavigableMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The edits of a feedback copy in a part's own XML, on parts written as other programs write them. */
class PartEditTests {

	private static final String MAIN = SheetEdit.MAIN;

	private static final String STYLES = "<x:styleSheet xmlns:x=\"" + MAIN + "\"><x:fonts count=\"1\"><x:font><x:sz val=\"11\"/>"
			+ "<x:name val=\"Calibri\"/></x:font></x:fonts><x:fills count=\"2\"><x:fill/><x:fill/></x:fills>"
			+ "<x:borders count=\"1\"><x:border/></x:borders><x:cellStyleXfs count=\"1\"><x:xf/></x:cellStyleXfs>"
			+ "<x:cellXfs count=\"2\"><x:xf fillId=\"0\"/><x:xf fillId=\"1\" applyFill=\"0\"><x:alignment/></x:xf></x:cellXfs>"
			+ "</x:styleSheet>";

	@Test
	void aPrefixedSheetGetsItsMarksItsDrawingAndLosesItsSelection() throws Exception {
		String sheet = "<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"" + MAIN + "\" xmlns:rel=\""
				+ Relationships.ID_NAMESPACE + "\"><x:sheetViews><x:sheetView tabSelected='1' workbookViewId=\"0\"/>"
				+ "</x:sheetViews><x:sheetData><x:row r=\"2\" spans=\"1:2\"><x:c r=\"B2\" s=\"1\"><x:v>1</x:v></x:c></x:row>"
				+ "<x:row r=\"4\"/></x:sheetData><!-- a <c r=\"A1\"/> in a comment --><x:tableParts count=\"0\"/>"
				+ "</x:worksheet>";
		StylesEdit styles = new StylesEdit(STYLES);
		NavigableMap<Integer, NavigableMap<Integer, Boolean>> marks = new TreeMap<>();
		marks.computeIfAbsent(1, (row) -> new TreeMap<>()).put(0, true);
		marks.computeIfAbsent(2, (row) -> new TreeMap<>()).put(0, false);
		marks.get(2).put(1, true);
		marks.computeIfAbsent(4, (row) -> new TreeMap<>()).put(2, false);
		marks.computeIfAbsent(9, (row) -> new TreeMap<>()).put(27, true);

		String edited = SheetEdit.edit(sheet, styles, marks, "rId7");

		assertThat(edited).contains("<x:sheetView workbookViewId=\"0\"/>")
			.contains("<x:sheetData><x:row r=\"1\"><x:c r=\"A1\" s=\"2\"/></x:row><x:row r=\"2\"><x:c r=\"A2\" s=\"3\"/>"
					+ "<x:c r=\"B2\" s=\"4\"><x:v>1</x:v></x:c></x:row><x:row r=\"4\"><x:c r=\"C4\" s=\"3\"/></x:row>"
					+ "<x:row r=\"9\"><x:c r=\"AB9\" s=\"2\"/></x:row></x:sheetData>")
			.contains("<!-- a <c r=\"A1\"/> in a comment --><x:legacyDrawing rel:id=\"rId7\"/><x:tableParts");
		assertThat(styles.xml()).contains("<x:cellXfs count=\"5\">")
			.contains("<x:xf fillId=\"2\" applyFill=\"1\"><x:alignment/></x:xf>")
			.contains("<x:fonts count=\"1\"><x:font><x:sz val=\"16\"/><x:name val=\"TH Sarabun New\"/></x:font>");
	}

	@Test
	void aWorkbookWithoutViewsOrNamesGetsBoth() throws Exception {
		String workbook = "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + Relationships.ID_NAMESPACE + "\"><sheets>"
				+ "<sheet name=\"A &amp; B\" sheetId=\"3\" r:id=\"rId1\"/></sheets><calcPr/></workbook>";

		WorkbookEdit edit = new WorkbookEdit(workbook);

		assertThat(edit.sheets()).containsExactly(new WorkbookEdit.Sheet("A & B", "rId1"));
		assertThat(edit.xml("ข้อผิดพลาด", "rId2", 3)).isEqualTo("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\""
				+ Relationships.ID_NAMESPACE + "\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
				+ "<sheet name=\"ข้อผิดพลาด\" sheetId=\"4\" r:id=\"rId2\"/><sheet name=\"A &amp; B\" sheetId=\"3\" r:id=\"rId1\"/>"
				+ "</sheets><definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'ข้อผิดพลาด'!$1:$1"
				+ "</definedName><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">"
				+ "'ข้อผิดพลาด'!$A$1:$G$4</definedName></definedNames><calcPr/></workbook>");
	}

	@Test
	void partsItCannotEditAreLeftToTheWorkbookModel() throws Exception {
		NavigableMap<Integer, NavigableMap<Integer, Boolean>> marks = new TreeMap<>();
		marks.computeIfAbsent(1, (row) -> new TreeMap<>()).put(0, true);
		String noAddresses = "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row><c/></row></sheetData></worksheet>";
		assertThatExceptionOfType(UnusualPackage.class)
			.isThrownBy(() -> SheetEdit.edit(noAddresses, new StylesEdit(STYLES), marks, "rId1"));
		assertThatExceptionOfType(UnusualPackage.class).isThrownBy(() -> new StylesEdit("<!DOCTYPE x><styleSheet/>"));
		assertThatExceptionOfType(UnusualPackage.class).isThrownBy(() -> SheetEdit.cell("H12:H13"));
	}

}
