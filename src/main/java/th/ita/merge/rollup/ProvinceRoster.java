package th.ita.merge.rollup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import th.ita.merge.plan.SignOff;
import th.ita.merge.rollup.internal.RosterReader;
import th.ita.merge.rollup.internal.RosterTemplate;

/**
 * The organizations a province expects a consolidated workbook from (ทะเบียน อปท.), kept by the
 * provincial officer in a workbook: each one's code, full name, type and district; and who signs
 * the provincial summary. Without a roster the roll-up still runs, but cannot say who sent nothing.
 */
public record ProvinceRoster(String province, List<Entry> organizations, Optional<SignOff> signOff) {

	public ProvinceRoster {
		organizations = List.copyOf(organizations);
	}

	/** One organization the province expects: its code (the key), full Thai name, type and district. */
	public record Entry(String code, String name, String type, String district) {
	}

	/** No roster: nobody is expected, and the summary's sign-off block is left to be filled by hand. */
	public static ProvinceRoster none() {
		return new ProvinceRoster("", List.of(), Optional.empty());
	}

	/** Reads the roster workbook, or says in Thai (file, sheet, cell, value, what to do) why it cannot. */
	public static ProvinceRoster read(Path file) throws RosterException {
		return RosterReader.read(file);
	}

	/**
	 * A new roster for the officer to fill in: instructions, the roster sheet with example
	 * organizations and the settings sheet, the cells to fill in yellow; replaced whole or not at all.
	 */
	public static void writeTemplate(Path file) throws IOException {
		RosterTemplate.write(file);
	}

}
