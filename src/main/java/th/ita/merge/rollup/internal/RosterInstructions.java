package th.ita.merge.rollup.internal;

import static th.ita.merge.rollup.internal.RosterLayout.*;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

import th.ita.merge.plan.Organization;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.PrintLayout;
import th.ita.merge.xlsx.SheetWriter;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * The first sheet of a new roster: what the roster is for, what to write in each column and
 * setting, and how the roll-up is then run. It names the sheets, headers and labels from
 * {@link RosterLayout}, so it says what the reader reads. Printed A4 portrait, as a letter is.
 */
final class RosterInstructions {

	private record Section(String heading, List<String> points) {
	}

	private RosterInstructions() {
	}

	static void write(Sheet sheet, ThaiStyles styles) {
		SheetWriter out = new SheetWriter(sheet, styles, 5, 64);
		out.title(1, "วิธีกรอกทะเบียน อปท. สำหรับ ITA Merge",
				"ทะเบียนองค์กรปกครองส่วนท้องถิ่นที่จังหวัดรวบรวมรายงานผลการดำเนินการตามมาตรการ");
		out.skip();
		for (Section section : sections()) {
			out.span(section.heading(), Look.HEADING, 0, 1);
			int n = 1;
			for (String point : section.points()) {
				out.cells(List.of(Digits.THAI.format(n++) + ".", point), List.of(Look.TEXT, Look.PARAGRAPH));
			}
			out.skip();
		}
		sheet.setDisplayGridlines(false);
		PrintLayout.a4Portrait(sheet);
	}

	private static List<Section> sections() {
		return List.of(new Section("ก่อนเริ่ม", List.of(
				"ไฟล์นี้คือรายชื่อ อปท. ที่จังหวัดต้องได้รับรายงานรวม ITA Merge ใช้ไฟล์นี้บอกว่า อปท. ใดส่งแล้ว "
						+ "อปท. ใดยังไม่ส่ง จัดกลุ่มตามอำเภอ และพิมพ์ชื่อผู้ลงนามท้ายรายงานสรุปจังหวัด",
				"ช่องสีเหลืองคือช่องที่ต้องกรอก ค่าที่มีอยู่เป็นตัวอย่าง ให้เขียนทับด้วยข้อมูลของจังหวัด "
						+ "แล้วลบแถวตัวอย่างที่ไม่ใช้ทิ้งทั้งแถว",
				"ห้ามเปลี่ยนชื่อชีตและข้อความหัวคอลัมน์ ระบบหาคอลัมน์จากข้อความหัวคอลัมน์ "
						+ "จึงย้ายคอลัมน์ หรือเพิ่มคอลัมน์ของตนเอง (เช่น เบอร์โทรศัพท์) ได้")),
				new Section("ชีต \"" + ROSTER_SHEET + "\" (หนึ่งแถวต่อหนึ่ง อปท.)", List.of(
						quoted(CODE) + " รหัสที่ไม่ซ้ำกันของ อปท. เช่น รหัสของกรมส่งเสริมการปกครองท้องถิ่น "
								+ "เก็บเป็นข้อความ เลขศูนย์ข้างหน้าจึงไม่หาย",
						quoted(NAME) + " ชื่อเต็มพร้อมประเภท เช่น องค์การบริหารส่วนตำบลขามสะแกแสง "
								+ "เพราะ อปท. ต่างประเภทอาจมีชื่อเดียวกัน",
						quoted(TYPE) + " เลือกจากรายการ (" + String.join(" ", Organization.TYPES) + ") "
								+ "เว้นว่างได้ ระบบจะดูประเภทจากชื่อ",
						quoted(DISTRICT) + " ชื่ออำเภอโดยไม่ต้องพิมพ์คำว่า อำเภอ นำหน้า รายงานสรุปจัดกลุ่ม อปท. ตามอำเภอนี้")),
				new Section("ชีต \"" + SETTINGS_SHEET + "\" (พิมพ์ในคอลัมน์ B ข้างชื่อรายการ)", List.of(
						quoted(PROVINCE) + " ชื่อจังหวัดโดยไม่ต้องพิมพ์คำว่า จังหวัด นำหน้า ต้องกรอก",
						quoted(PREPARER_NAME) + " และ " + quoted(PREPARER_POSITION) + " ผู้จัดทำรายงานสรุปจังหวัด "
								+ "ถ้าเว้นว่าง รายงานจะเว้นบรรทัดให้เขียนชื่อและตำแหน่งด้วยมือ",
						quoted(REVIEWER_NAME) + " " + quoted(REVIEWER_POSITION) + " " + quoted(APPROVER_NAME) + " และ "
								+ quoted(APPROVER_POSITION) + " ผู้ตรวจสอบและผู้อนุมัติ (เช่น ท้องถิ่นจังหวัด) "
								+ "เว้นว่างได้ ถ้ากรอก ต้องกรอกทั้งชื่อและตำแหน่ง",
						quoted(REPORT_DATE) + " วันที่ที่พิมพ์เหนือลายมือชื่อ เช่น 30 เมษายน 2566 หรือ 30/4/2566 "
								+ "เว้นว่างได้ รายงานจะลงวันที่ที่รวมรายงาน")),
				new Section("เมื่อกรอกเสร็จ", List.of(
						"วางไฟล์รายงานรวมที่ อปท. ส่งมาไว้ในโฟลเดอร์เดียวกัน (เช่น โฟลเดอร์ input) "
								+ "ไฟล์ทะเบียนนี้เก็บไว้นอกโฟลเดอร์นั้น",
						"สั่ง ita-merge rollup --input input --output output --roster ตามด้วยชื่อไฟล์นี้ "
								+ "ถ้าทะเบียนมีข้อผิดพลาด ระบบจะบอกชีตและเซลล์ที่ต้องแก้")));
	}

	private static String quoted(String label) {
		return "\"" + label + "\"";
	}

}
