package th.ita.merge.plan.internal;

import static th.ita.merge.plan.PlanLayout.*;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

import th.ita.merge.plan.Measure;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.PrintLayout;
import th.ita.merge.xlsx.SheetWriter;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * The first sheet of a new plan (คำแนะนำ): what each sheet of the plan is, what to write in each
 * column, the form of a measure's code, the rounds, and where the file goes next. It names the
 * sheets, labels and headers from {@link th.ita.merge.plan.PlanLayout}, so it says what the reader
 * reads. Printed A4 portrait in TH Sarabun New 16, as a letter of instructions is.
 */
public final class InstructionsSheet {

	/** A heading and its numbered points. */
	private record Section(String heading, List<String> points) {
	}

	private InstructionsSheet() {
	}

	public static void write(Sheet sheet, ThaiStyles styles, int fiscalYear) {
		SheetWriter writer = new SheetWriter(sheet, styles, 5, 64);
		writer.title(1, "วิธีกรอกแผนสำหรับ ITA Merge",
				"แผนการรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
		writer.skip();
		for (Section section : sections(fiscalYear)) {
			writer.span(section.heading(), Look.HEADING, 0, 1);
			int n = 1;
			for (String point : section.points()) {
				writer.cells(List.of(Digits.THAI.format(n++) + ".", point), List.of(Look.TEXT, Look.PARAGRAPH));
			}
			writer.skip();
		}
		sheet.setDisplayGridlines(false);
		PrintLayout.a4Portrait(sheet);
	}

	private static List<Section> sections(int year) {
		return List.of(new Section("ก่อนเริ่ม", List.of(
				"ไฟล์นี้คือแผนของหน่วยงานสำหรับหนึ่งปีงบประมาณ ITA Merge ใช้แผนนี้สร้างแบบรายงานให้แต่ละสำนัก/กองกรอก "
						+ "และรวมไฟล์ที่สำนัก/กองส่งกลับเป็นรายงานผลการดำเนินการตามมาตรการ รอบ ๖ เดือนและรอบ ๑๒ เดือน",
				"ชีตถัดจากชีตนี้มีหัวตารางครบแล้ว ช่องและแถวที่ระบายสีส้มเป็นตัวอย่างที่กรอกถูกต้องตามรูปแบบ "
						+ "ให้เขียนทับด้วยข้อมูลของหน่วยงาน แล้วลบแถวตัวอย่างที่ไม่ใช้ทิ้งทั้งแถว "
						+ "ข้อความ \"(ตัวอย่าง)\" ต้องไม่เหลืออยู่ในแผน",
				"ห้ามเปลี่ยนชื่อชีตและข้อความหัวตาราง ระบบหาคอลัมน์จากข้อความหัวตาราง จึงย้ายคอลัมน์ ปรับความกว้าง "
						+ "หรือเพิ่มคอลัมน์ของตนเองได้",
				"ตัวเลขพิมพ์เป็นเลขไทยหรือเลขอารบิกก็ได้ ปีพิมพ์เป็น พ.ศ. หรือ ค.ศ. ก็ได้ "
						+ "ขึ้นบรรทัดใหม่ในช่องเดียวกันด้วย Alt+Enter")),
				new Section("ชีต \"" + ORGANIZATION_SHEET + "\" (พิมพ์ในคอลัมน์ ข้อมูล ข้างชื่อรายการ)", List.of(
						quoted(ORGANIZATION_NAME) + " ชื่อเต็มพร้อมประเภท เช่น องค์การบริหารส่วนตำบลขามสะแกแสง "
								+ "ไม่ใช้ชื่อย่อ อบต. เพราะหน่วยงานต่างประเภทอาจมีชื่อเดียวกัน",
						quoted(ORGANIZATION_CODE) + " เว้นว่างได้",
						quoted(DISTRICT) + " และ " + quoted(PROVINCE)
								+ " ชื่ออำเภอและจังหวัด โดยไม่ต้องพิมพ์คำว่า อำเภอ หรือ จังหวัด นำหน้า",
						quoted(FISCAL_YEAR) + " ปีงบประมาณของแผนนี้ เช่น " + year + " (ปีงบประมาณ " + year
								+ " คือวันที่ 1 ตุลาคม " + (year - 1) + " ถึง 30 กันยายน " + year + ")",
						quoted(ROUND) + " พิมพ์ 1 สำหรับรอบ ๖ เดือน (ตุลาคม–มีนาคม) หรือ 2 สำหรับรอบ ๑๒ เดือน "
								+ "(ตุลาคม–กันยายน) เมื่อถึงรอบ ๑๒ เดือน ให้แก้เป็น 2 แล้วสร้างแบบรายงานใหม่",
						quoted(PREPARER_NAME) + " และ " + quoted(PREPARER_POSITION)
								+ " ผู้จัดทำรายงาน โดยทั่วไปคือนิติกร ต้องกรอกทั้งสองช่อง พิมพ์ไว้ท้ายรายงานทุกฉบับ",
						quoted(REVIEWER_NAME) + " " + quoted(REVIEWER_POSITION) + " " + quoted(APPROVER_NAME) + " และ "
								+ quoted(APPROVER_POSITION) + " ผู้ตรวจสอบ (เช่น ปลัด) และผู้อนุมัติ (เช่น นายก) "
								+ "เว้นว่างได้ ถ้ากรอก ต้องกรอกทั้งชื่อและตำแหน่ง",
						quoted(REPORT_DATE) + " วันที่ที่พิมพ์เหนือลายมือชื่อ เช่น 31 มีนาคม " + year + " หรือ 31/3/"
								+ year + " เว้นว่างได้ รายงานจะลงวันที่ที่รวมไฟล์")),
				new Section("ชีต \"" + DIVISIONS_SHEET + "\" (หนึ่งแถวต่อหนึ่งสำนัก/กองที่ต้องกรอกแบบรายงาน)", List.of(
						quoted(DIVISION_CODE) + " รหัสสั้น ๆ ที่ไม่ซ้ำกัน เช่น สป หรือ กค "
								+ "ไม่ควรเปลี่ยนหลังส่งแบบรายงานให้สำนัก/กองแล้ว",
						quoted(DIVISION_NAME) + " ชื่อสำนัก/กอง เช่น กองคลัง ทุกสำนัก/กองในชีตนี้จะได้แบบรายงานของตนเอง",
						quoted(DIVISION_UNITS) + " งานหรือหน่วยอื่นที่สำนัก/กองนี้รายงานแทน คั่นด้วย / เช่น สำนักปลัด "
								+ "รายงานแทน งานธุรการ / งานนิติการ / ผู้บริหาร / ผู้บริหารสูงสุด เว้นว่างได้")),
				new Section("ชีต \"" + INDICATORS_SHEET + "\" (หนึ่งแถวต่อหนึ่งตัวชี้วัดที่มีมาตรการในแผน)", List.of(
						quoted(INDICATOR_TOOL) + " IIT, EIT หรือ OIT ตามเครื่องมือการประเมินของตัวชี้วัด",
						quoted(INDICATOR_NUMBER) + " และ " + quoted(INDICATOR_NAME)
								+ " เลขและชื่อตัวชี้วัดตามคู่มือการประเมินของปีนั้น เช่น 4 การใช้ทรัพย์สินของราชการ "
								+ "(เลขตัวชี้วัดอาจเปลี่ยนไปในแต่ละปี)",
						quoted(INDICATOR_NARRATIVE) + " ย่อหน้าที่พิมพ์เหนือตารางของตัวชี้วัดในรายงาน "
								+ "มักขึ้นต้นด้วย เนื่องจาก…")),
				new Section("ชีต \"" + MEASURES_SHEET + "\" (หนึ่งแถวต่อหนึ่งมาตรการ ไม่ต้องใส่ลำดับที่ รายงานนับให้เอง)",
						List.of(quoted(MEASURE_ID) + " รหัสที่ไม่ซ้ำกัน ในรูปแบบ ด้าน-ตัวชี้วัด.ลำดับ เช่น IIT-4.1 "
								+ "คือมาตรการที่ ๑ ของตัวชี้วัดที่ ๔ ด้าน IIT และ OIT-10.2 คือมาตรการที่ ๒ ของตัวชี้วัดที่ ๑๐ "
								+ "ด้าน OIT ห้ามเปลี่ยนรหัสหลังส่งแบบรายงานแล้ว มาตรการที่ทำต่อในปีถัดไปให้ใช้รหัสเดิม",
								quoted(MEASURE_TOOL) + " และ " + quoted(MEASURE_INDICATOR)
										+ " ตัวชี้วัดที่มาตรการนี้ตอบ ต้องมีอยู่ในชีต " + INDICATORS_SHEET
										+ " และด้านต้องตรงกับที่ชีตนั้นระบุ",
								quoted(MEASURE_TOPIC) + " หัวข้อที่พิมพ์ตัวหนาเหนือมาตรการในรายงาน เว้นว่างได้",
								quoted(MEASURE_WEAKNESS) + " และ " + quoted(MEASURE_GUIDELINE)
										+ " จุดอ่อนที่พบจากผลการประเมิน และสิ่งที่หน่วยงานจะทำ",
								quoted(MEASURE_RESPONSIBLE) + " ชื่อสำนัก/กอง หรือหน่วยที่อยู่ในช่อง " + DIVISION_UNITS
										+ " ของชีต " + DIVISIONS_SHEET + " หลายหน่วยคั่นด้วย / เช่น งานธุรการ / กองช่าง "
										+ "หรือพิมพ์ " + Measure.EVERY_DIVISION + " เมื่อทุกสำนัก/กองต้องรายงาน")),
				new Section("ชีตความเสี่ยง (" + String.join(" ", CATEGORIES_SHEET, SCALES_SHEET, BANDS_SHEET,
						STATUSES_SHEET) + ")", List.of(
								"ประเภทความเสี่ยง เกณฑ์โอกาสและผลกระทบ ๑–๕ ระดับความเสี่ยงพร้อมสี และสถานะการติดตาม "
										+ "ที่สำนัก/กองใช้ประเมินความเสี่ยงการทุจริต กรอกค่าที่ใช้กันทั่วไปไว้แล้ว "
										+ "แก้เฉพาะเมื่อหน่วยงานใช้เกณฑ์อื่น",
								"ระดับความเสี่ยงต้องครอบคลุมคะแนน ๑ ถึง ๒๕ ครบทุกคะแนนโดยไม่ซ้อนกัน")),
				new Section("เมื่อกรอกเสร็จ", List.of(
						"บันทึกไฟล์ชื่อ plan.xlsx ไว้ในโฟลเดอร์ที่จะเก็บไฟล์ที่สำนัก/กองส่งกลับมา (เช่น โฟลเดอร์ input)",
						"สั่ง ita-merge templates ระบบจะสร้างแบบรายงานของแต่ละสำนัก/กองไว้ในโฟลเดอร์ output/templates "
								+ "ให้ส่งแบบรายงานนั้นให้สำนัก/กองกรอก ถ้าแผนมีข้อผิดพลาด ระบบจะบอกชีตและเซลล์ที่ต้องแก้",
						"เมื่อได้รับไฟล์คืนแล้ว สั่ง ita-merge merge เพื่อรวมเป็นรายงาน",
						"ปีงบประมาณถัดไปไม่ต้องเริ่มใหม่ สั่ง ita-merge plan next --previous ตามด้วยรายงานรวมของปีนี้ "
								+ "(เช่น output/ita-" + year + "-round2.xlsx) ระบบจะทำแผนปีใหม่จากแผนนี้ "
								+ "และยกมาตรการที่ยังไม่แล้วเสร็จไปให้")));
	}

	private static String quoted(String label) {
		return "\"" + label + "\"";
	}

}
