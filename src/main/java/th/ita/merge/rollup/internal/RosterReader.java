package th.ita.merge.rollup.internal;

import static th.ita.merge.rollup.internal.RosterLayout.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.merge.plan.Organization;
import th.ita.merge.plan.SignOff;
import th.ita.merge.plan.Signatory;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.rollup.ProvinceRoster;
import th.ita.merge.rollup.RosterException;
import th.ita.merge.value.CellValues;
import th.ita.merge.value.ThaiDigits;
import th.ita.merge.xlsx.CellKind;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.Table;
import th.ita.merge.xlsx.XlsxFile;

/**
 * Reads the province's roster workbook (see {@link RosterLayout}) as it streams past, collecting
 * every problem with its sheet and cell before refusing it: a roster is used whole or not at all,
 * since a roll-up that silently lost an organization would report it as never having sent.
 */
public final class RosterReader {

	/** A row read, with where it was, so a second row with its code can name the first. */
	private record Read(ProvinceRoster.Entry entry, String codeCell) {
	}

	private final Location file;

	private final List<Problem> problems = new ArrayList<>();

	private RosterReader(Path path) {
		this.file = Location.ofFile(path.getFileName().toString());
	}

	public static ProvinceRoster read(Path path) throws RosterException {
		return new RosterReader(path).readRoster(path);
	}

	private ProvinceRoster readRoster(Path path) throws RosterException {
		if (!Files.isRegularFile(path)) {
			add(ProblemCode.ROSTER_FILE_MISSING, "", path.toString());
			throw new RosterException(this.problems);
		}
		try (XlsxFile workbook = XlsxFile.open(path)) {
			Optional<RosterSettings> settings = RosterSettings.read(workbook, this::settingsProblem);
			List<ProvinceRoster.Entry> organizations = organizations(workbook);
			String province = settings.map((values) -> values.required(PROVINCE)).orElse("");
			Optional<SignOff> signOff = settings.flatMap(this::signOff);
			if (!this.problems.isEmpty()) {
				throw new RosterException(this.problems);
			}
			return new ProvinceRoster(province, organizations, signOff);
		}
		catch (IOException ex) {
			throw new RosterException(List.of(Problem.of(ProblemCode.FILE_UNREADABLE, this.file, "")));
		}
	}

	/** The sign-off: none when no preparer is named, the block then left to be filled by hand. */
	private Optional<SignOff> signOff(RosterSettings settings) {
		Optional<Signatory> preparer = settings.signatory(PREPARER_NAME, PREPARER_POSITION);
		Optional<Signatory> reviewer = settings.signatory(REVIEWER_NAME, REVIEWER_POSITION);
		Optional<Signatory> approver = settings.signatory(APPROVER_NAME, APPROVER_POSITION);
		var date = settings.date(REPORT_DATE);
		return preparer.map((signatory) -> new SignOff(signatory, reviewer, approver, date));
	}

	private List<ProvinceRoster.Entry> organizations(XlsxFile workbook) throws IOException {
		Optional<SheetInfo> sheet = workbook.sheet(ROSTER_SHEET);
		if (sheet.isEmpty()) {
			add(ProblemCode.ROSTER_SHEET_MISSING, "", "", "", ROSTER_SHEET);
			return List.of();
		}
		Map<String, Read> byCode = new HashMap<>();
		List<ProvinceRoster.Entry> organizations = new ArrayList<>();
		int[] filled = { 0 };
		Table table = Table.read(workbook, sheet.get(), HEADERS, (row) -> {
			if (row.isBlank(HEADERS)) {
				return;
			}
			filled[0]++;
			Optional<ProvinceRoster.Entry> entry = entry(row);
			if (entry.isEmpty()) {
				return;
			}
			Read first = byCode.putIfAbsent(entry.get().code(), new Read(entry.get(), row.reference(CODE)));
			if (first != null) {
				add(ProblemCode.ROSTER_CODE_DUPLICATE, row.reference(CODE), entry.get().code(), entry.get().name(),
						first.codeCell(), first.entry().name());
				return;
			}
			organizations.add(entry.get());
		});
		for (String header : table.missingHeaders()) {
			this.problems.add(Problem.of(ProblemCode.ROSTER_HEADER_MISSING, this.file.at(ROSTER_SHEET, "", header), "",
					header, ROSTER_SHEET));
		}
		if (table.found() && filled[0] == 0) {
			add(ProblemCode.ROSTER_NO_ORGANIZATIONS, "", "", ROSTER_SHEET);
		}
		return organizations;
	}

	/** One organization, or a problem of the cell that keeps the row from being one. */
	private Optional<ProvinceRoster.Entry> entry(Table.Row row) {
		String code = code(row);
		String name = CellValues.words(row.text(NAME));
		if (code.isEmpty() || name.isEmpty()) {
			String missing = code.isEmpty() ? CODE : NAME;
			add(ProblemCode.ROSTER_ROW_INCOMPLETE, row.reference(missing), code.isEmpty() ? name : code,
					Integer.toString(row.number()), missing);
			return Optional.empty();
		}
		String typed = CellValues.words(row.text(TYPE));
		Optional<String> type = typed.isEmpty() ? RosterLayout.type(name) : RosterLayout.type(typed);
		if (type.isEmpty()) {
			String types = String.join(" ", Organization.TYPES);
			if (typed.isEmpty()) {
				add(ProblemCode.ROSTER_TYPE_MISSING, row.reference(TYPE), name, types);
			}
			else {
				add(ProblemCode.ROSTER_TYPE_UNKNOWN, row.reference(TYPE), typed, name, types);
			}
			return Optional.empty();
		}
		return Optional.of(new ProvinceRoster.Entry(code, name, type.get(), district(row.text(DISTRICT))));
	}

	/**
	 * The code as text, as the province writes it: a number Excel stored (5300101, or 5300101.0 as
	 * some programs save it) without a decimal point, Thai digits as Arabic ones.
	 */
	private static String code(Table.Row row) {
		String text = ThaiDigits.toArabic(CellValues.words(row.text(CODE))).replace(" ", "");
		boolean number = row.cell(CODE).map((cell) -> cell.kind() == CellKind.NUMBER).orElse(false);
		if (number && !text.isEmpty()) {
			try {
				return new BigDecimal(text).stripTrailingZeros().toPlainString();
			}
			catch (NumberFormatException ex) {
				return text;
			}
		}
		return text;
	}

	/** The district without the word อำเภอ (or อ.) typed before it. */
	static String district(String typed) {
		String district = CellValues.words(typed);
		for (String prefix : List.of("อำเภอ", "อ.")) {
			if (district.startsWith(prefix)) {
				return district.substring(prefix.length()).strip();
			}
		}
		return district;
	}

	private void add(ProblemCode code, String cell, String value, String... details) {
		String sheet = (code == ProblemCode.ROSTER_FILE_MISSING) ? "" : ROSTER_SHEET;
		this.problems.add(Problem.of(code, this.file.at(sheet, cell, ""), value, details));
	}

	/** A problem of the settings sheet, as {@link RosterSettings} reports one. */
	private void settingsProblem(ProblemCode code, String cell, String value, List<String> details) {
		this.problems.add(Problem.of(code, this.file.at(SETTINGS_SHEET, cell, ""), value, details.toArray(String[]::new)));
	}

}
