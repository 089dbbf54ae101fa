package th.ita.merge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consolidated workbooks a province receives, one from each of {@code n} organizations, for
 * the roll-up's benchmark. Merging thousands of organizations for real would take an hour, so
 * the real merge makes a few base workbooks ({@link BaseWorkbooks}) and each organization sends a
 * copy of one of them whose identity sheet names it: its name, code, type, district, the province,
 * fiscal year 2566, round 1, and when it was made. What a roll-up reads is therefore what the
 * project's writers write, part for part, and 7,852 files take seconds, not hours.
 */
public final class OrganizationWorkbooks {

	/** Written last into a cached set's folder, so a set cut short is never taken for a whole one. */
	private static final String COMPLETE = "complete";

	private OrganizationWorkbooks() {
	}

	/** The sizes' folder: {@code target/rollup-bench}, beside the bases all sizes share. */
	static Path root() {
		return Path.of("target", "rollup-bench").toAbsolutePath();
	}

	/**
	 * The set of {@code n} under {@link #root()}{@code /<n>/input}, generated unless a whole one is
	 * already there.
	 */
	static Path cached(int n) throws IOException {
		Path folder = root().resolve(Integer.toString(n));
		Path input = folder.resolve("input");
		if (!Files.isRegularFile(folder.resolve(COMPLETE))) {
			Workspace.delete(folder);
			generate(n, input);
			Files.writeString(folder.resolve(COMPLETE), n + "\n");
		}
		return input;
	}

	/** Writes {@code n} organizations' consolidated workbooks into {@code dir}; returns the files. */
	public static List<Path> generate(int n, Path dir) throws IOException {
		List<ConsolidatedCopy> bases = new ArrayList<>();
		for (Path base : BaseWorkbooks.in(root().resolve("bases"))) {
			bases.add(new ConsolidatedCopy(base));
		}
		Files.createDirectories(dir);
		List<Path> files = new ArrayList<>(n);
		int index = 0;
		for (ProvinceOrganizations.Organization organization : ProvinceOrganizations.of(n)) {
			Path file = dir.resolve(organization.fileName());
			bases.get(index++ % bases.size()).write(file, identity(organization));
			files.add(file);
		}
		return files;
	}

	/** What an organization's own merge would have written of it in the identity sheet. */
	static Map<String, String> identity(ProvinceOrganizations.Organization organization) {
		Map<String, String> identity = new LinkedHashMap<>();
		identity.put("organization", organization.name());
		identity.put("organization_code", organization.code());
		identity.put("organization_type", organization.type());
		identity.put("district", organization.district());
		identity.put("province", ProvinceOrganizations.PROVINCE);
		identity.put("fiscal_year", "2566");
		identity.put("round", "1");
		identity.put("made_at", organization.madeAt().toString());
		return identity;
	}

}
