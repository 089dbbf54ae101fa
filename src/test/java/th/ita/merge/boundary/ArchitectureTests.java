package th.ita.merge.boundary;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import th.ita.merge.risk.internal.RiskTemplateSheet;

/**
 * The house rules, checked on the compiled main classes: a feature's {@code internal} package is
 * its own; the plan, the root model, knows no feature; the shared kernel knows neither the plan
 * nor any feature; the features know each other only through their faces, and no two top-level
 * packages depend on each other in a circle.
 */
class ArchitectureTests {

	private static final String ROOT = "th.ita.merge";

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	/** No class reaches into the {@code internal} package of a feature other than its own. */
	static final ArchRule INTERNALS_STAY_INSIDE = classes()
		.should(new ArchCondition<JavaClass>("reach only into the internal package of their own feature") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					String target = dependency.getTargetClass().getPackageName();
					int internal = target.indexOf(".internal");
					if (target.startsWith(ROOT) && internal > 0
							&& !origin.getPackageName().startsWith(target.substring(0, internal))) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		});

	@Test
	void noFeatureReachesIntoAnotherFeaturesInternals() {
		INTERNALS_STAY_INSIDE.check(MAIN);
	}

	@Test
	void theBoundaryRuleCatchesAReachIntoAnotherFeaturesInternals() {
		JavaClasses reaching = new ClassFileImporter().importClasses(ReachIntoRiskInternals.class,
				RiskTemplateSheet.class);
		assertThat(INTERNALS_STAY_INSIDE.evaluate(reaching).hasViolation()).isTrue();
		assertThat(INTERNALS_STAY_INSIDE.evaluate(reaching).getFailureReport().getDetails())
			.anySatisfy((line) -> assertThat(line).contains("ReachIntoRiskInternals").contains("RiskTemplateSheet"));
	}

	@Test
	void thePlanKnowsNoFeature() {
		noClasses().that()
			.resideInAPackage(ROOT + ".plan..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(features("division", "measure", "risk", "merge", "carryover", "rollup", "cli", "web", "feedback"))
			.check(MAIN);
	}

	@Test
	void theSharedKernelKnowsNeitherThePlanNorAnyFeature() {
		noClasses().that()
			.resideInAnyPackage(features("xlsx", "docx", "value", "problem", "io", "feedback"))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(features("plan", "division", "measure", "risk", "merge", "carryover", "rollup", "cli", "web"))
			.check(MAIN);
	}

	@Test
	void theDivisionWorkbookKnowsNoFeatureThatFillsIt() {
		noClasses().that()
			.resideInAPackage(ROOT + ".division..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(features("measure", "risk", "merge", "cli", "web"))
			.check(MAIN);
	}

	@Test
	void measuresAndRisksKnowEachOtherNot() {
		noClasses().that()
			.resideInAPackage(ROOT + ".measure..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(features("risk", "merge", "cli", "web"))
			.check(MAIN);
		noClasses().that()
			.resideInAPackage(ROOT + ".risk..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(features("measure", "merge", "cli", "web"))
			.check(MAIN);
	}

	/**
	 * The web page is a way in beside the command line: the merge knows neither, and the page uses
	 * the features and the merge as the commands do, never the commands themselves.
	 */
	@Test
	void theWebPageAndTheCommandLineAreTwoDoorsToTheSameHouse() {
		noClasses().that()
			.resideInAPackage(ROOT + ".web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(features("cli"))
			.check(MAIN);
		noClasses().that()
			.resideInAnyPackage(features("merge", "carryover"))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(features("web", "cli"))
			.check(MAIN);
	}

	/**
	 * The province's roll-up reads what the merge writes, through the features that write it; the
	 * merge and the features know nothing of the province, and the roll-up no door into it.
	 */
	@Test
	void theProvinceReadsTheOrganizationsWorkbooksButTheyKnowNothingOfIt() {
		noClasses().that()
			.resideInAPackage(ROOT + ".rollup..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(features("web", "cli"))
			.check(MAIN);
		noClasses().that()
			.resideInAnyPackage(features("division", "measure", "risk", "merge", "carryover", "web"))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(features("rollup"))
			.check(MAIN);
	}

	@Test
	void topLevelPackagesDependOnEachOtherInNoCircle() {
		slices().matching(ROOT + ".(*)..")
			.should()
			.beFreeOfCycles()
			.check(MAIN);
	}

	private static String[] features(String... names) {
		String[] packages = new String[names.length];
		for (int i = 0; i < names.length; i++) {
			packages[i] = ROOT + "." + names[i] + "..";
		}
		return packages;
	}

}
