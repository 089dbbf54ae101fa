package th.ita.merge.division;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import th.ita.merge.problem.ProblemCode;

/**
 * The broken workbooks of {@code src/test/resources/validation} with what each must be answered
 * with: the code, and the cell when the problem is in one. Each replaces the file of กองคลัง.
 */
public record BrokenWorkbook(String file, ProblemCode code, String cell) {

	public static final Path FOLDER = Path.of("src", "test", "resources", "validation");

	/** Files whose rows must all be accepted: re-saved by other tools, or changed harmlessly. */
	public static final List<String> CLEAN = List.of("sheetsReordered.xlsx", "columnsMoved.xlsx", "extraColumns.xlsx",
			"datesAndThaiDigits.xlsx", "libreOfficeSaved.xlsx", "openpyxlWritten.xlsx", "identicalCopy.xlsx");

	/** The hostile files: refused fast, and nothing of them may reach an output. */
	public static final List<String> HOSTILE = List.of("zipBomb.xlsx", "xmlExternalEntity.xlsx", "billionLaughs.xlsx");

	public Path path() {
		return FOLDER.resolve(this.file);
	}

	/** Whether the file is refused as a whole, before any row is read. */
	public boolean fileLevel() {
		return this.cell.isEmpty();
	}

	public static Stream<BrokenWorkbook> all() {
		return Stream.of(
				// the file as a whole
				of("notExcel.xlsx", ProblemCode.NOT_EXCEL), of("empty.xlsx", ProblemCode.EMPTY_FILE),
				of("truncated.xlsx", ProblemCode.FILE_UNREADABLE), of("corruptedZip.xlsx", ProblemCode.FILE_UNREADABLE),
				of("oldFormat.xls", ProblemCode.OLD_EXCEL_FORMAT),
				of("passwordProtected.xlsx", ProblemCode.PASSWORD_PROTECTED),
				of("strictOpenXml.xlsx", ProblemCode.STRICT_OPEN_XML), of("zipBomb.xlsx", ProblemCode.ZIP_BOMB),
				of("xmlExternalEntity.xlsx", ProblemCode.UNSAFE_XML), of("billionLaughs.xlsx", ProblemCode.UNSAFE_XML),
				of("planAmongInputs.xlsx", ProblemCode.PLAN_AMONG_INPUTS),
				of("notATemplate.xlsx", ProblemCode.NOT_A_TEMPLATE),
				of("otherOrganization.xlsx", ProblemCode.OTHER_ORGANIZATION),
				of("otherFiscalYear.xlsx", ProblemCode.OTHER_FISCAL_YEAR), of("otherRound.xlsx", ProblemCode.OTHER_ROUND),
				of("outdatedTemplate.xlsx", ProblemCode.TEMPLATE_OUTDATED),
				of("measuresSheetRenamed.xlsx", ProblemCode.SHEET_MISSING),
				of("measuresSheetDeleted.xlsx", ProblemCode.SHEET_MISSING),
				// cells of the measures sheet (rows 6..12: IIT-4.1, IIT-4.2, IIT-5.2, IIT-5.3, IIT-5.4, EIT-7.3, OIT-10.1)
				new BrokenWorkbook("stateMissing.xlsx", ProblemCode.STATE_MISSING, "G6"),
				new BrokenWorkbook("twoStates.xlsx", ProblemCode.STATE_AMBIGUOUS, "G7"),
				new BrokenWorkbook("stateTyped.xlsx", ProblemCode.STATE_TYPED, "G8"),
				new BrokenWorkbook("unknownMeasure.xlsx", ProblemCode.MEASURE_UNKNOWN, "A9"),
				new BrokenWorkbook("measureOfAnotherDivision.xlsx", ProblemCode.MEASURE_NOT_OF_DIVISION, "A9"),
				new BrokenWorkbook("resultMissing.xlsx", ProblemCode.RESULT_MISSING, "H8"),
				new BrokenWorkbook("resultContradictsState.xlsx", ProblemCode.RESULT_CONTRADICTS_STATE, "H6"),
				new BrokenWorkbook("textTooLong.xlsx", ProblemCode.TEXT_TOO_LONG, "H9"),
				new BrokenWorkbook("formulaWithoutValue.xlsx", ProblemCode.FORMULA_WITHOUT_VALUE, "H10"),
				new BrokenWorkbook("errorCells.xlsx", ProblemCode.CELL_ERROR, "G9"),
				new BrokenWorkbook("mergedCells.xlsx", ProblemCode.MERGED_CELLS, "H8"),
				new BrokenWorkbook("hiddenRow.xlsx", ProblemCode.HIDDEN_ROW, "A10"),
				new BrokenWorkbook("formulaText.xlsx", ProblemCode.STATE_UNKNOWN, "G10"));
	}

	private static BrokenWorkbook of(String file, ProblemCode code) {
		return new BrokenWorkbook(file, code, "");
	}

	@Override
	public String toString() {
		return this.file;
	}

}
