package th.ita.merge.samples;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Indicator;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Organization;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.plan.SignOff;
import th.ita.merge.plan.Signatory;
import th.ita.merge.plan.Tool;
import th.ita.merge.plan.internal.ResponsibleUnits;

/**
 * The content of the seed report ({@code seeds/000_467f1e4c8dbb280c.txt}, the six-month report
 * of อบต.ขามสะแกแสง for FY2566 round 1) as data, so tests can build templates from a real plan,
 * fill them in as the divisions would, merge them and compare the result with what the office
 * actually published.
 * <p>
 * The texts are the seed's own, typos and contradictions included (เพ้าระวัง, ทิชม, การบวนการ,
 * ประชาชนชน; a result "อยู่ระหว่างการติดตามผล…" under ดำเนินการแล้ว), because the tool must keep what
 * people wrote. Only the PDF conversion's artefacts are undone: spaces where a line wrap split a
 * word, and the list numbers (๑., ๒., …) in front of weaknesses and guidelines, which the report
 * prints itself. The narratives are kept exactly as converted. The division roster is invented
 * (the seed does not list one) but follows a typical อบต.
 */
public final class SeedData {

	/** A division's entry for one measure in its progress workbook. */
	public record Report(String divisionCode, String measureId, ProgressState state, String result, String remark,
			String evidenceLink) {
	}

	private record Outcome(ProgressState state, String result, String evidenceLink) {
	}

	private static final String SITE = "https://www.khamsakaesaeng.go.th";

	private static final String ALL_YEAR = "ดำเนินการตลอดทั้งปีงบประมาณ";

	private static final String THROUGH_YEAR = "ดำเนินการตลอดปีงบประมาณ";

	private static final String COMPLETED = "ดำเนินการจัดทำเรียบร้อยแล้ว";

	private static final String UPDATED = "ดำเนินการปรับปรุงให้เป็นปัจจุบัน";

	private SeedData() {
	}

	public static Plan plan() {
		return new Plan(organization(), new ReportingPeriod(2566, 1), signOff(), divisions(), indicators(),
				measures(), RiskSettings.defaults());
	}

	/**
	 * The seed's plan with {@code count} divisions (D0001, กองที่ 1, …), every one responsible for
	 * every measure: the largest merges the benchmarks and the cell-size tests make.
	 */
	public static Plan planOfDivisions(int count) {
		Plan seed = plan();
		List<Division> divisions = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			divisions.add(new Division(String.format("D%04d", i), "กองที่ " + i, List.of()));
		}
		List<Measure> measures = seed.measures()
			.stream()
			.map((m) -> new Measure(m.id(), m.tool(), m.indicator(), m.topic(), m.weakness(), m.guideline(),
					Measure.EVERY_DIVISION, List.of(Measure.EVERY_DIVISION)))
			.toList();
		return new Plan(seed.organization(), seed.period(), seed.signOff(), divisions, seed.indicators(), measures,
				seed.risk());
	}

	public static Organization organization() {
		return new Organization("องค์การบริหารส่วนตำบลขามสะแกแสง", "ขามสะแกแสง", "นครราชสีมา", "");
	}

	/**
	 * The seed's preparer, the only signatory it prints, and the last day of the round as the
	 * report's date, so the samples' report is dated the same whatever day it is merged.
	 */
	public static SignOff signOff() {
		return new SignOff(new Signatory("นายพศวัฒน์ หวังกลาง", "นิติกรปฏิบัติการ"), Optional.empty(), Optional.empty(),
				Optional.of(LocalDate.of(2023, Month.MARCH, 31)));
	}

	public static List<Division> divisions() {
		return List.of(
				new Division("PALAD", "สำนักปลัด",
						List.of("สำนักงานปลัด", "งานธุรการ", "งานนิติการ", "ผู้บริหาร", "ผู้บริหารสูงสุด")),
				new Division("FINANCE", "กองคลัง", List.of()), new Division("WORKS", "กองช่าง", List.of()),
				new Division("EDUCATION", "กองการศึกษา ศาสนาและวัฒนธรรม", List.of()),
				new Division("AUDIT", "หน่วยตรวจสอบภายใน", List.of("ตรวจสอบภายใน")));
	}

	public static List<Indicator> indicators() {
		return List.of(new Indicator(Tool.IIT, 4, "การใช้ทรัพย์สินของทางราชการ",
				"เนื่องจากเจ้าหน้าที่ยังขาดความรู้ความเข้าใจ หรือแนวทางการปฏิบัติที่เป็นมาตรฐานเดียวกัน ในการยืมทรัพย์สินของทางราชการ "
						+ "หรือการให้บุคคลภายนอกยืมทรัพย์สินของทางราชการให้เป็นไปในทางเดียวกันโดยมีบัญชีการยืม-การคืน\n"
						+ "ซึ่งหน่วยงานควรระบุขั้นตอนและแนวทางในการขอยืมทรัพย์สินของทางราชการตามประเภทงานด้านต่าง ๆ "
						+ "ไว้อย่างชัดเจนในคู่มือมาตรฐานการปฏิบัติงาน พร้อมทั้งประชาสัมพันธ์คู่มือ "
						+ "หรือแนวทางดังกล่าวให้บุคลากรถือปฏิบัติอย่างเคร่งครัดและกำชับให้บุคลากรภายในหน่วยงานมีการขออนุญาตในการยืมทรัพย์สินอย่างถูกต้อง "
						+ "และควรกำหนดแนวทางในการกำกับ ดูแล และตรวจสอบการใช้ทรัพย์สินของทางราชการ "
						+ "ควรระบุไว้ในคู่มือการปฏิบัติงานอย่างชัดเจนและแสดงผลการ "
						+ "ประเมินความเสี่ยงของการดำเนินงานหรือการปฏิบัติหน้าที่ที่อาจก่อให้เกิดการทุจริตและประพฤติมิชอบ"),
				new Indicator(Tool.IIT, 5, "การแก้ปัญหาคอร์รัปชัน",
						"เนื่องจากคะแนนด้านการต่อต้านการทุจริตของผู้บริหารสูงสุด "
								+ "และความเชื่อมั่นในการบวนการป้องกันและแก้ไขปัญหาคอร์รัปชันมีคะแนนค่อนข้างน้อย "
								+ "ซึ่งต้องมีที่นำผลการประเมินมาพัฒนาทุกภาคส่วน ทั้งผู้บริหาร พนักงานขององค์กร "
								+ "ให้มีความตระหนักในการป้องกันการทุจริต ตลอดจนการปฏิบัติตนให้เป็นแบบอย่าง การเฝ้าระวัง ติดตาม สอดส่อง "
								+ "การปฏิบัติงานของเจ้าหน้าที่ การลงโทษทางวินัยอย่างเหมาะสม "
								+ "และการให้บุคคลผู้มีส่วนได้ส่วนเสียภายนอกเข้ามามีส่วนร่วมในกระบวนการป้องกันการทุจริต "
								+ "และสามารถร้องเรียนการทุจริตได้อย่างสะดวกและทำให้มั่นใจในความยุติธรรม"),
				new Indicator(Tool.EIT, 7, "ประสิทธิภาพการสื่อสาร",
						"เนื่องจากเป็นด้านที่ได้คะแนนน้อยที่สุด ทำให้เห็นว่าองค์กรยังขาดประสิทธิภาพด้านการสื่อสารต่อชุมชน "
								+ "หรือผู้มีส่วนได้ส่วนเสีย หรือผู้มารับบริการ ในด้านการเผยแพร่ข้อมูลข่าวสารที่เกี่ยวข้อง "
								+ "การตอบข้อซักถามเกี่ยวกับการทำงานขององค์กร "
								+ "ช่องทางการติดต่อและติดตามผลการดำเนินงานที่ยังไม่ทั่วถึงครอบคลุมประชาชนชน"),
				new Indicator(Tool.OIT, 10, "การป้องกันการทุจริต",
						"การดำเนินการเพื่อป้องกันการทุจริต และมาตรการภายในเพื่อป้องกันการทุจริต เป็นเรื่องที่ได้คะแนนน้อย "
								+ "เนื่องจากผู้บริหารยังไม่ได้ส่งเสริมระบบการป้องกันการทุจริตเท่าที่ควร "
								+ "หน่วยงานไม่ได้แสดงกิจกรรมที่เกี่ยวกับการปรับปรุง พัฒนา "
								+ "และส่งเสริมหน่วยงานด้านคุณธรรมและโปร่งใสตามแบบการประเมิน "
								+ "ไม่ได้การประเมินความเสี่ยงที่อาจก่อให้เกิดการทุจริตและประพฤติมิชอบโดยเฉพาะ "
								+ "ไม่สามารถใช้งานควบคุมภายในมาตอบได้ และยังไม่ได้การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต"));
	}

	public static List<Measure> measures() {
		return List.of(
				// IIT, indicator 4
				measure("IIT-4.1", Tool.IIT, 4, "การใช้ทรัพย์สินของทางราชการ",
						"การยืมทรัพย์สินของทางราชการของบุคลากรภายใน",
						"จัดทำคู่มือการปฏิบัติงานด้านการยืมทรัพย์สินของราชการให้บุคลากรภายในรับทราบ ผ่านที่ประชุมพนักงาน",
						"กองคลัง"),
				measure("IIT-4.2", Tool.IIT, 4, "", "การยืมทรัพย์สินของบุคคลภายนอก",
						"จัดทำคู่มือการปฏิบัติงานด้านการยืมทรัพย์สินของราชการให้บุคลากรภายนอก "
								+ "และขั้นตอนอย่างง่ายให้ประชาชนทั่วไปทราบ โดยเผยแพร่ผ่านเว็บไซต์ หรือหอกระจายข่าว",
						"กองคลัง"),
				// IIT, indicator 5
				measure("IIT-5.1", Tool.IIT, 5, "การแก้ปัญหาการทุจริต",
						"บุคลากรขาดความเชื่อมั่นในผู้บริหารสูงสุดของหน่วยงาน เกี่ยวกับการให้ความสำคัญในการต่อต้านการทุจริต",
						"ผู้บริหารสูงสุดต้องแสดงให้เห็นแบบอย่างแก่บุคลากรให้เกิดความเชื่อมั่นในการให้ความสำคัญกับการต่อต้านการทุจริตทุกรูปแบบ "
								+ "ตลอดจนการกำชับให้เจ้าหน้าที่ทุกระดับปฏิบัติตามแบบอย่างที่ดี",
						"ผู้บริหารสูงสุด"),
				measure("IIT-5.2", Tool.IIT, 5, "", "การดำเนินการต่อการป้องกันการทุจริต เช่น เพ้าระวัง ติดตาม และการลงโทษ",
						"ผู้บริหารต้องให้ความสำคัญในการกำกับติดตามสอดส่องผู้ใต้บังคับบัญชาเป็นแบบอย่างที่ดีให้ผู้ใต้บังคับบัญชาในการต่อต้านการทุจริต "
								+ "ทั้งเชิงนโยบายและในการปฏิบัติงาน และการลงโทษตามความเหมาะสมเมื่อพบเห็นการกระทำความผิด",
						"ทุกสำนัก/กอง"),
				measure("IIT-5.3", Tool.IIT, 5, "", "การนำผลการประเมินของฝ่ายตรวจสอบไปปรับปรุงการทำงานของหน่วยงาน",
						"ผู้บริหารนำผลการตรวจสอบของฝ่ายตรวจสอบไปปรับปรุง ผ่านการวางและถ่ายทอดนโยบาย "
								+ "การปฏิบัติตนให้เป็นแบบอย่างแก่ผู้บริหารและเจ้าหน้าที่ให้เกิดความเชื่อมั่น",
						"ทุกสำนัก/กอง"),
				measure("IIT-5.4", Tool.IIT, 5, "", "การป้องกันการทุจริต การร้องเรียนและการติดตามผล",
						"ผู้บริหารและเจ้าหน้าที่นำมาปฏิบัติให้เกิดความเชื่อมั่นในกระบวนการต่อต้านการทุจริต "
								+ "และเผยแพร่ประชาสัมพันธ์สู่ประชาชนภายนอกที่อาจรู้เห็น และกล้าที่จะต่อต้านการทุจริตที่เกิดขึ้น "
								+ "และเกิดความมั่นใจว่าจะได้รับความยุติธรรมจากกระบวนการดังกล่าว",
						"ทุกสำนัก/กอง"),
				// EIT, indicator 7
				measure("EIT-7.1", Tool.EIT, 7, "", "การเผยแพร่ข้อมูลของหน่วยงานที่เข้าถึงง่าย ไม่ซับซ้อน",
						"รายงานปัญหาให้ผู้บริหารท้องถิ่นเพื่อปรับปรุงเว็บไซต์ของหน่วยงาน ให้สอดคล้องกับมาตรฐานเว็บไซต์ภาครัฐ",
						"งานธุรการ"),
				measure("EIT-7.2", Tool.EIT, 7, "", "การเผยแพร่ผลงานหรือข้อมูลที่สาธารณชนควรรับทราบให้ชัดเจนและทั่วถึง",
						"เพิ่มช่องทางการติดต่อสื่อสารให้เข้าถึงง่าย มีความหลายช่องทาง เช่น สื่อโซเชียลมีเดีย "
								+ "เว็บไซต์ให้เข้าถึงและใช้งานได้ง่าย รวมทั้งประชาสัมพันธ์ผ่านหอกระจายข่าว หรือผ่านกลุ่มผู้นำชุมชน",
						"งานธุรการ"),
				measure("EIT-7.3", Tool.EIT, 7, "",
						"มีการชี้แจงและตอบคำถาม เมื่อมีข้อกังวลสงสัยเกี่ยวกับการดำเนินงานได้อย่างชัดเจน",
						"จัดให้มีช่องทางการรับฟังความคิดเห็น ทิชม ข้อเสนอแนะ ผ่านทางเว็บไซต์ สื่อโซเชียลมีเดีย "
								+ "ให้เข้าถึงและใช้งานได้ง่าย โดยผู้บังคับบัญชาติดตามการเผยแพร่ข้อมูลข่าวสารของทางราชการ "
								+ "การตอบคำถามข้อสงสัยให้ครบถ้วนตามระเบียบกฎหมายอยู่เสมอ",
						"ทุกสำนัก/กอง"),
				measure("EIT-7.4", Tool.EIT, 7, "", "มีช่องทางให้ผู้มาติดต่อร้องเรียนการทุจริตของเจ้าหน้าที่ในหน่วยงาน",
						"จัดให้มีช่องทางการร้องเรียน เข้าถึงได้ง่ายสะดวก ผ่านเว็บไซต์ หรือการเข้ามายื่นด้วยตนเอง "
								+ "หรือต่อหน่วยงานผู้มีอำนาจหน้าที่ในการตรวจสอบชั้นที่สูงขึ้น "
								+ "รวมถึงจัดให้มีมาตรการที่ป้องกันผู้ร้องเรียนให้ได้รับความยุติธรรมจากกระบวนการ ความปลอดภัย "
								+ "และการติดตามผลได้ตลอดเวลา",
						"งานธุรการ / งานนิติการ"),
				// OIT, indicator 10
				measure("OIT-10.1", Tool.OIT, 10, "", "การมีส่วนร่วมของผู้บริหาร",
						"หน่วยงานควรแสดงกิจกรรมที่เกี่ยวกับการปรับปรุง พัฒนา "
								+ "และส่งเสริมหน่วยงานด้านคุณธรรมและโปร่งใส โดยมีผู้บริหารเข้าร่วมทุกกิจกรรม",
						"ผู้บริหาร / ทุกสำนัก/กอง"),
				measure("OIT-10.2", Tool.OIT, 10, "", "การประเมินความเสี่ยงการทุจริตประจำปี",
						"จัดทำแบบการประเมินความเสี่ยงที่อาจก่อให้เกิดการทุจริตและประพฤติมิชอบ และรายงานให้ผู้บังคับบัญชาทราบ",
						"งานนิติการ / ตรวจสอบภายใน"),
				measure("OIT-10.3", Tool.OIT, 10, "", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต",
						"จัดทำรายการการดำเนินการตามแผนการประเมินความเสี่ยงที่อาจก่อให้เกิดการทุจริตและประพฤติมิชอบ "
								+ "เสนอผู้บังคับบัญชา",
						"งานนิติการ / ตรวจสอบภายใน"),
				measure("OIT-10.4", Tool.OIT, 10, "", "การเสริมสร้างวัฒนธรรมองค์กร ตามมาตรฐานทางจริยธรรม",
						"กำหนดมาตรฐานทางจริยธรรมขององค์กร และดำเนินกิจกรรมให้สอดคล้องกับมาตรฐานที่กำหนด "
								+ "โดยให้ทุกสำนัก/กองเข้าร่วม",
						"งานนิติการ / ตรวจสอบภายใน"),
				measure("OIT-10.5", Tool.OIT, 10, "",
						"แผนปฏิบัติการป้องกันการทุจริต "
								+ "และรายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ ๖ เดือน",
						"ให้เจ้าหน้าที่ดำเนินการจัดทำป้องกันการทุจริตและติดตามโดยผู้บังคับบัญชา "
								+ "บันทึกลงระบบและจัดทำรายงานเสนอผู้บังคับบัญชา",
						"งานนิติการ / ตรวจสอบภายใน"),
				measure("OIT-10.6", Tool.OIT, 10, "", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
						"จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน และเสนอผู้บังคับบัญชา",
						"งานนิติการ / ตรวจสอบภายใน"),
				measure("OIT-10.7", Tool.OIT, 10, "",
						"การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
						"จัดให้มีกิจกรรมตามมาตรการ โดยให้บุคลากรทุกระดับเข้าร่วมกิจกรรม", "งานนิติการ / ตรวจสอบภายใน"));
	}

	/**
	 * What each responsible division reports for each measure: the seed's state and result text,
	 * the same from every division that shares a measure, so that merging them reproduces the
	 * seed. Divisions report in roster order within each measure, measures in plan order.
	 */
	public static List<Report> reports() {
		Plan plan = plan();
		Map<String, Outcome> outcomes = outcomes();
		List<Report> reports = new ArrayList<>();
		for (Measure measure : plan.measures()) {
			Outcome outcome = outcomes.get(measure.id());
			if (outcome == null) {
				throw new IllegalStateException("No seed outcome for " + measure.id());
			}
			for (Division division : plan.divisionsResponsibleFor(measure)) {
				reports.add(new Report(division.code(), measure.id(), outcome.state(), outcome.result(), "",
						outcome.evidenceLink()));
			}
		}
		return List.copyOf(reports);
	}

	private static Map<String, Outcome> outcomes() {
		Map<String, Outcome> outcomes = new LinkedHashMap<>();
		outcomes.put("IIT-4.1", new Outcome(ProgressState.IN_PROGRESS,
				"ดำเนินการจัดทำคู่มือการยืมทรัพย์สินของราชการ และเผยแพร่ให้บุคลากรทราบ", ""));
		outcomes.put("IIT-4.2", new Outcome(ProgressState.IN_PROGRESS,
				"ดำเนินการจัดทำคู่มือการยืมทรัพย์สินของราชการ และเผยแพร่ผ่านเว็บไซต์ หรือหอกระจายข่าว",
				SITE + "/news/borrowing-manual"));
		outcomes.put("IIT-5.1",
				new Outcome(ProgressState.DONE, "ดำเนินการผ่านนโยบาย โครงการ กิจกรรมขององค์กร", SITE + "/policy/integrity"));
		outcomes.put("IIT-5.2", new Outcome(ProgressState.DONE, ALL_YEAR, ""));
		outcomes.put("IIT-5.3", new Outcome(ProgressState.DONE, ALL_YEAR, ""));
		outcomes.put("IIT-5.4", new Outcome(ProgressState.DONE, ALL_YEAR, ""));
		outcomes.put("EIT-7.1", new Outcome(ProgressState.DONE, UPDATED, SITE + "/"));
		outcomes.put("EIT-7.2", new Outcome(ProgressState.DONE, UPDATED, ""));
		// The seed's own contradiction: a follow-up still under way, printed under ดำเนินการแล้ว.
		outcomes.put("EIT-7.3", new Outcome(ProgressState.DONE, "อยู่ระหว่างการติดตามผลการปฏิบัติ", ""));
		outcomes.put("EIT-7.4", new Outcome(ProgressState.IN_PROGRESS,
				"ดำเนินการแล้ว บางส่วน อยู่ระหว่างการจัดทำมาตรการที่เกี่ยวข้อง และเผยแพร่ให้ประชาชนรับทราบ",
				SITE + "/complaint"));
		outcomes.put("OIT-10.1", new Outcome(ProgressState.DONE, THROUGH_YEAR, ""));
		// The seed's own contradiction: planned for next year, printed under อยู่ระหว่างดำเนินการ.
		outcomes.put("OIT-10.2", new Outcome(ProgressState.IN_PROGRESS, "ดำเนินการในปีงบประมาณถัดไป", ""));
		outcomes.put("OIT-10.3", new Outcome(ProgressState.DONE, THROUGH_YEAR, ""));
		outcomes.put("OIT-10.4", new Outcome(ProgressState.DONE, COMPLETED, ""));
		outcomes.put("OIT-10.5", new Outcome(ProgressState.DONE, COMPLETED, SITE + "/ita/anti-corruption-plan-2566"));
		outcomes.put("OIT-10.6", new Outcome(ProgressState.DONE, COMPLETED, SITE + "/ita/integrity-measures-2566"));
		outcomes.put("OIT-10.7", new Outcome(ProgressState.DONE, THROUGH_YEAR, ""));
		return outcomes;
	}

	private static Measure measure(String id, Tool tool, int indicator, String topic, String weakness,
			String guideline, String responsible) {
		return new Measure(id, tool, indicator, topic, weakness, guideline, responsible,
				ResponsibleUnits.parse(responsible));
	}

}
