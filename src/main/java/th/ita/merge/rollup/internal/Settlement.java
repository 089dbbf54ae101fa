package th.ita.merge.rollup.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.rollup.ProvinceRoster;
import th.ita.merge.rollup.internal.RollupStaging.StagedFile;
import th.ita.merge.value.CellValues;
import th.ita.merge.value.Digits;
import th.ita.merge.value.ThaiTime;

/**
 * What only every file read together can tell: the round being rolled up (the one asked for, else
 * the one most files report), which file is each organization's (its newest: a workbook made later
 * supersedes one made before), who on the roster sent nothing, and each organization's district
 * (the roster's, else the one its workbook gives). One organization is one code; a workbook
 * without a code is known by its name, and said so.
 */
final class Settlement {

	/** Of two workbooks of one organization, the later: made later, else changed later, else named later. */
	private static final Comparator<StagedFile> LATER = Comparator
		.comparing(StagedFile::madeAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(StagedFile::fileTime, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(StagedFile::fileName);

	private Settlement() {
	}

	/** The settled run: the round, the province, every organization in summary order, and what to log. */
	record Settled(ReportingPeriod period, String province, List<OrganizationProgress> organizations,
			List<Problem> problems) {
	}

	static Settled settle(List<StagedFile> files, ProvinceRoster roster, Optional<ReportingPeriod> asked) {
		List<Problem> problems = new ArrayList<>();
		List<StagedFile> readable = new ArrayList<>();
		for (StagedFile file : files) {
			if (!file.refusalCode().isEmpty()) {
				problems.add(refusal(file));
			}
			else {
				readable.add(file);
			}
		}
		ReportingPeriod period = asked.orElseGet(() -> mostReported(readable));
		Map<String, StagedFile> newest = new LinkedHashMap<>();
		for (StagedFile file : readable) {
			if (file.fiscalYear() != period.fiscalYear() || file.round() != period.round()) {
				ReportingPeriod its = new ReportingPeriod(file.fiscalYear(), file.round());
				problems.add(Problem.of(ProblemCode.ROLLUP_OTHER_PERIOD, Location.ofFile(file.fileName()), file.fileName(),
						file.name(), its.title(Digits.THAI), period.title(Digits.THAI)));
				continue;
			}
			if (file.code().isEmpty()) {
				problems.add(Problem.of(ProblemCode.ROLLUP_NO_CODE, Location.ofFile(file.fileName()), file.fileName(),
						file.name()));
			}
			newest.merge(key(file.code(), file.name()), file, (one, other) -> {
				StagedFile later = (LATER.compare(one, other) >= 0) ? one : other;
				StagedFile earlier = (later == one) ? other : one;
				problems.add(Problem.of(ProblemCode.ROLLUP_SUPERSEDED, Location.ofFile(earlier.fileName()),
						earlier.fileName(), earlier.name(), later.fileName(), madeAt(later)));
				return later;
			});
		}
		List<OrganizationProgress> organizations = new ArrayList<>();
		Map<String, ProvinceRoster.Entry> byKey = new HashMap<>();
		for (ProvinceRoster.Entry entry : roster.organizations()) {
			byKey.putIfAbsent(key(entry.code(), ""), entry);
			byKey.putIfAbsent(key("", entry.name()), entry);
		}
		Set<ProvinceRoster.Entry> received = new HashSet<>();
		for (StagedFile file : newest.values()) {
			Optional<ProvinceRoster.Entry> entry = Optional.ofNullable(file.code().isEmpty() ? null
					: byKey.get(key(file.code(), ""))).or(() -> Optional.ofNullable(byKey.get(key("", file.name()))));
			entry.ifPresent(received::add);
			if (entry.isEmpty() && !roster.organizations().isEmpty()) {
				problems.add(Problem.of(ProblemCode.ROLLUP_NOT_ON_ROSTER, Location.ofFile(file.fileName()),
						file.fileName(), file.name(), file.code(), file.district()));
			}
			organizations.add(received(file, entry));
		}
		for (ProvinceRoster.Entry entry : roster.organizations()) {
			if (!received.contains(entry)) {
				problems.add(Problem.of(ProblemCode.ROLLUP_NOT_RECEIVED, Location.ofFile(""), entry.code(), entry.name(),
						entry.district()));
				organizations.add(new OrganizationProgress(entry.code(), entry.name(), entry.type(), entry.district(),
						Optional.empty(), Map.of(), Map.of(), 0, 0));
			}
		}
		String province = roster.province().isEmpty() ? mostCommon(newest.values(), StagedFile::province, "")
				: roster.province();
		return new Settled(period, province, organizations, problems);
	}

	/** An organization's key: its code, or when it has none its name, spaces aside. */
	static String key(String code, String name) {
		return code.isEmpty() ? "name:" + CellValues.words(name).replace(" ", "") : "code:" + code.strip();
	}

	private static OrganizationProgress received(StagedFile file, Optional<ProvinceRoster.Entry> entry) {
		String code = file.code().isEmpty() ? entry.map(ProvinceRoster.Entry::code).orElse("") : file.code();
		String name = entry.map(ProvinceRoster.Entry::name).orElse(file.name());
		String type = entry.map(ProvinceRoster.Entry::type).filter((t) -> !t.isEmpty()).orElse(file.type());
		String district = entry.map(ProvinceRoster.Entry::district).filter((d) -> !d.isEmpty()).orElse(file.district());
		return new OrganizationProgress(code, name, type, district,
				Optional.of(new OrganizationProgress.Received(file.fileName(), file.madeAt())), file.measures(),
				file.risksByLevel(), file.errors(), file.warnings());
	}

	private static Problem refusal(StagedFile file) {
		ProblemCode code = ProblemCode.valueOf(file.refusalCode());
		return new Problem(code.severity(), code, file.fileName(), "", "", "", file.fileName(), file.refusal());
	}

	private static ReportingPeriod mostReported(List<StagedFile> files) {
		Map<ReportingPeriod, Long> counts = files.stream()
			.collect(Collectors.groupingBy((file) -> new ReportingPeriod(file.fiscalYear(), file.round()),
					Collectors.counting()));
		return counts.entrySet()
			.stream()
			.max(Map.Entry.<ReportingPeriod, Long>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey(Comparator.comparingInt(ReportingPeriod::fiscalYear)
					.thenComparingInt(ReportingPeriod::round))))
			.map(Map.Entry::getKey)
			.orElseGet(() -> new ReportingPeriod(ReportingPeriod.fiscalYearOf(LocalDate.now()), 1));
	}

	private static String mostCommon(Collection<StagedFile> files, Function<StagedFile, String> value,
			String none) {
		return files.stream()
			.map(value)
			.filter((text) -> !text.isEmpty())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
			.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(none);
	}

	private static String madeAt(StagedFile file) {
		Instant at = file.madeAt();
		return (at != null) ? ThaiTime.of(at) : "";
	}

}
