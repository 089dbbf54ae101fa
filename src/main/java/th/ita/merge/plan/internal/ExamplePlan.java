package th.ita.merge.plan.internal;

import java.util.List;
import java.util.Optional;

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

/**
 * The example rows of a new plan: a valid plan of an invented อบต., so an office can make
 * templates from it before it has changed a cell, and sees each rule of the plan at work (a
 * division reporting for its sections, a measure of two units, one of every division). Its texts
 * say ตัวอย่าง, so an example left in by mistake shows in the templates and the report.
 */
public final class ExamplePlan {

	private static final String EXAMPLE = "(ตัวอย่าง) ";

	private ExamplePlan() {
	}

	public static Plan of(int fiscalYear) {
		Organization organization = new Organization("องค์การบริหารส่วนตำบลตัวอย่าง", "ตัวอย่าง", "ตัวอย่าง", "");
		SignOff signOff = new SignOff(new Signatory("นางสาวตัวอย่าง ใจดี", "นิติกรปฏิบัติการ"),
				Optional.of(new Signatory("นายตัวอย่าง มั่นคง", "ปลัดองค์การบริหารส่วนตำบลตัวอย่าง")),
				Optional.of(new Signatory("นายตัวอย่าง สุจริต", "นายกองค์การบริหารส่วนตำบลตัวอย่าง")),
				Optional.empty());
		List<Division> divisions = List.of(
				new Division("สป", "สำนักปลัด", List.of("งานธุรการ", "งานนิติการ", "ผู้บริหาร", "ผู้บริหารสูงสุด")),
				new Division("กค", "กองคลัง", List.of()), new Division("กช", "กองช่าง", List.of()));
		List<Indicator> indicators = List.of(new Indicator(Tool.IIT, 4, "การใช้ทรัพย์สินของราชการ", EXAMPLE
				+ "เนื่องจากบุคลากรยังไม่เข้าใจขั้นตอนการยืมทรัพย์สินของราชการ และการนำทรัพย์สินของราชการไปใช้ส่วนตัว "
				+ "หน่วยงานจึงควรมีคู่มือการยืมทรัพย์สินที่ชัดเจน และชี้แจงให้บุคลากรถือปฏิบัติ"),
				new Indicator(Tool.OIT, 10, "การป้องกันการทุจริต", EXAMPLE
						+ "เนื่องจากหน่วยงานยังไม่ได้เผยแพร่มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
						+ "และผลการดำเนินการตามมาตรการบนเว็บไซต์ของหน่วยงาน"));
		List<Measure> measures = List.of(
				measure("IIT-4.1", Tool.IIT, 4, "การใช้ทรัพย์สินของราชการ",
						"บุคลากรยังไม่เข้าใจขั้นตอนการยืมทรัพย์สินของราชการ",
						"จัดทำคู่มือการยืมทรัพย์สินของราชการ และชี้แจงในที่ประชุมพนักงาน", "กองคลัง"),
				measure("IIT-4.2", Tool.IIT, 4, "", "ยังไม่มีบัญชีการยืม-คืนยานพาหนะและเครื่องมือ",
						"จัดทำบัญชีการยืม-คืน และตรวจสอบทุกเดือน", "งานธุรการ / กองช่าง"),
				measure("OIT-10.1", Tool.OIT, 10, "", "ยังไม่ได้เผยแพร่มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
						"จัดทำมาตรการและเผยแพร่บนเว็บไซต์ของหน่วยงาน แล้วรายงานผลรอบ ๖ เดือนและรอบ ๑๒ เดือน",
						"ผู้บริหาร / " + Measure.EVERY_DIVISION));
		return new Plan(organization, new ReportingPeriod(fiscalYear, 1), signOff, divisions, indicators, measures,
				RiskSettings.defaults());
	}

	private static Measure measure(String id, Tool tool, int indicator, String topic, String weakness,
			String guideline, String responsible) {
		return new Measure(id, tool, indicator, topic, EXAMPLE + weakness, guideline, responsible,
				ResponsibleUnits.parse(responsible));
	}

}
