package th.ita.merge.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.samples.SeedData.Report;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that {@link SeedData} holds what the seed report says, so tests built on it compare
 * against the real report.
 */
class SeedDataTests {

	private final Plan plan = SeedData.plan();

	@Test
	void holdsSeventeenMeasuresInSeedOrder() {
		assertThat(this.plan.measures()).extracting(Measure::id)
			.containsExactly("IIT-4.1", "IIT-4.2", "IIT-5.1", "IIT-5.2", "IIT-5.3", "IIT-5.4", "EIT-7.1", "EIT-7.2",
					"EIT-7.3", "EIT-7.4", "OIT-10.1", "OIT-10.2", "OIT-10.3", "OIT-10.4", "OIT-10.5", "OIT-10.6",
					"OIT-10.7");
	}

	@Test
	void countsMeasuresPerIndicator() {
		Map<Integer, Long> perIndicator = this.plan.measures()
			.stream()
			.collect(Collectors.groupingBy(Measure::indicator, LinkedHashMap::new, Collectors.counting()));
		assertThat(perIndicator).containsExactly(Map.entry(4, 2L), Map.entry(5, 4L), Map.entry(7, 4L),
				Map.entry(10, 7L));
		assertThat(this.plan.indicators()).allSatisfy((indicator) -> assertThat(this.plan.measures())
			.anyMatch((measure) -> measure.indicator() == indicator.number() && measure.tool() == indicator.tool()));
	}

	@Test
	void thirteenDoneAndFourInProgress() {
		Map<String, ProgressState> perMeasure = statePerMeasure();
		assertThat(perMeasure).hasSize(17);
		assertThat(perMeasure.values()).filteredOn((state) -> state == ProgressState.DONE).hasSize(13);
		assertThat(perMeasure.entrySet()).filteredOn((entry) -> entry.getValue() == ProgressState.IN_PROGRESS)
			.extracting(Map.Entry::getKey)
			.containsExactly("IIT-4.1", "IIT-4.2", "EIT-7.4", "OIT-10.2");
		assertThat(perMeasure.values()).doesNotContain(ProgressState.NOT_STARTED);
	}

	@Test
	void divisionsSharingAMeasureReportTheSame() {
		Map<String, List<Report>> perMeasure = SeedData.reports()
			.stream()
			.collect(Collectors.groupingBy(Report::measureId));
		assertThat(perMeasure.values()).allSatisfy((reports) -> {
			assertThat(reports).extracting(Report::state).containsOnly(reports.get(0).state());
			assertThat(reports).extracting(Report::result).containsOnly(reports.get(0).result());
		});
		assertThat(SeedData.reports()).extracting(Report::remark).containsOnly("");
	}

	@Test
	void keepsTheSeedsContradictions() {
		Map<String, Report> first = SeedData.reports()
			.stream()
			.collect(Collectors.toMap(Report::measureId, Function.identity(), (a, b) -> a));
		assertThat(first.get("EIT-7.3").state()).isEqualTo(ProgressState.DONE);
		assertThat(first.get("EIT-7.3").result()).isEqualTo("อยู่ระหว่างการติดตามผลการปฏิบัติ");
		assertThat(first.get("OIT-10.2").state()).isEqualTo(ProgressState.IN_PROGRESS);
		assertThat(first.get("OIT-10.2").result()).isEqualTo("ดำเนินการในปีงบประมาณถัดไป");
	}

	@Test
	void everyMeasureHasAResponsibleDivision() {
		assertThat(this.plan.measures())
			.allSatisfy((measure) -> assertThat(this.plan.divisionsResponsibleFor(measure)).isNotEmpty());
	}

	@Test
	void everyReportComesFromAResponsibleDivision() {
		int expected = this.plan.measures().stream().mapToInt((m) -> this.plan.divisionsResponsibleFor(m).size()).sum();
		assertThat(SeedData.reports()).hasSize(expected)
			.allSatisfy((report) -> assertThat(responsibleCodes(report.measureId())).contains(report.divisionCode()));
	}

	@Test
	void mapsResponsibleUnitsToDivisions() {
		assertThat(responsibleCodes("OIT-10.2")).containsExactly("PALAD", "AUDIT");
		assertThat(responsibleCodes("IIT-5.2")).containsExactly("PALAD", "FINANCE", "WORKS", "EDUCATION", "AUDIT");
		assertThat(responsibleCodes("EIT-7.4")).containsExactly("PALAD");
		assertThat(responsibleCodes("IIT-4.1")).containsExactly("FINANCE");
		assertThat(responsibleCodes("IIT-5.1")).containsExactly("PALAD");
		assertThat(responsibleCodes("OIT-10.1")).containsExactly("PALAD", "FINANCE", "WORKS", "EDUCATION", "AUDIT");
	}

	@Test
	void topicsOnlyWhereTheSeedPrintsThem() {
		assertThat(this.plan.measures()).filteredOn((measure) -> !measure.topic().isEmpty())
			.extracting(Measure::id, Measure::topic)
			.containsExactly(Tuple.tuple("IIT-4.1", "การใช้ทรัพย์สินของทางราชการ"),
					Tuple.tuple("IIT-5.1", "การแก้ปัญหาการทุจริต"));
	}

	@Test
	void textsCarryNoListNumbers() {
		assertThat(this.plan.measures()).allSatisfy((measure) -> {
			assertThat(measure.weakness()).doesNotMatch("^[๐-๙0-9].*");
			assertThat(measure.guideline()).doesNotMatch("^[๐-๙0-9].*");
		});
		assertThat(this.plan.measure("OIT-10.4").orElseThrow().guideline()).endsWith("โดยให้ทุกสำนัก/กองเข้าร่วม");
		assertThat(this.plan.measure("OIT-10.5").orElseThrow().guideline()).startsWith("ให้เจ้าหน้าที่ดำเนินการ");
	}

	@Test
	void indicatorFourNarrativeHasTwoParagraphs() {
		assertThat(this.plan.indicator(4).orElseThrow().narrative().split("\n")).hasSize(2);
	}

	private Map<String, ProgressState> statePerMeasure() {
		Map<String, ProgressState> states = new LinkedHashMap<>();
		SeedData.reports().forEach((report) -> states.putIfAbsent(report.measureId(), report.state()));
		return states;
	}

	private List<String> responsibleCodes(String measureId) {
		Measure measure = this.plan.measure(measureId).orElseThrow();
		return this.plan.divisionsResponsibleFor(measure).stream().map(Division::code).toList();
	}

}
