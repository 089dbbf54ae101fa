package th.ita.merge.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The local governments of one province as a benchmark needs them: any number of different
 * organizations, each with a unique 7-digit code, a full Thai name that says its type, and one
 * of the 32 real districts (อำเภอ) of นครราชสีมา. One อบจ. heads the list, about a third are
 * เทศบาล, the rest อบต., as in a real province. The code reads type, district, then a serial
 * within the district (type 2 อบจ., 4 เทศบาลเมือง, 5 เทศบาลตำบล, 6 อบต.), so it is unique
 * however many there are; names repeat across districts, as real ones do (หนองบัว is in many).
 */
final class ProvinceOrganizations {

	static final String PROVINCE = "นครราชสีมา";

	static final List<String> DISTRICTS = List.of("เมืองนครราชสีมา", "ครบุรี", "เสิงสาง", "คง", "บ้านเหลื่อม", "จักราช",
			"โชคชัย", "ด่านขุนทด", "โนนไทย", "โนนสูง", "ขามสะแกแสง", "บัวใหญ่", "ประทาย", "ปักธงชัย", "พิมาย", "ห้วยแถลง",
			"ชุมพวง", "สูงเนิน", "ขามทะเลสอ", "สีคิ้ว", "ปากช่อง", "หนองบุญมาก", "แก้งสนามนาง", "โนนแดง", "วังน้ำเขียว",
			"เทพารักษ์", "เมืองยาง", "พระทองคำ", "ลำทะเมนชัย", "บัวลาย", "สีดา", "เฉลิมพระเกียรติ");

	/** The first and second halves of place names, as ตำบล in the Korat plateau are named. */
	private static final List<String> HEADS = List.of("หนอง", "โนน", "บ้าน", "ดอน", "โคก", "หัว", "ท่า", "สระ", "ห้วย",
			"นา", "กุด", "บึง", "ตะ", "มะเกลือ", "หิน");

	private static final List<String> TAILS = List.of("บัว", "แดง", "ใหญ่", "สูง", "ตะโก", "ยาง", "ไผ่", "จาน", "กระทุ่ม",
			"หว้า", "ตาล", "โพธิ์", "ขาม", "เต็ง", "คู", "สำโรง", "ม่วง", "ระเวียง", "ทอง", "เสา");

	/** When the benchmark's round was merged: the last day of round 1 of fiscal year 2566. */
	private static final Instant ROUND_CLOSED = Instant.parse("2023-03-31T09:00:00Z");

	/** One organization: what its consolidated workbook says of it, and the file it sends. */
	record Organization(String code, String name, String type, String district, Instant madeAt, String fileName) {
	}

	private ProvinceOrganizations() {
	}

	/** {@code n} different organizations, districts taken in turn. */
	static List<Organization> of(int n) {
		List<Organization> organizations = new ArrayList<>(n);
		int[] serials = new int[DISTRICTS.size()];
		for (int i = 0; i < n; i++) {
			int district = (i == 0) ? 0 : (i - 1) % DISTRICTS.size();
			int serial = (i == 0) ? 0 : ++serials[district];
			organizations.add(organization(i, district, serial));
		}
		return organizations;
	}

	private static Organization organization(int index, int district, int serial) {
		String districtName = DISTRICTS.get(district);
		String name;
		String type;
		int typeDigit;
		if (index == 0) {
			name = "องค์การบริหารส่วนจังหวัด" + PROVINCE;
			type = "อบจ.";
			typeDigit = 2;
		}
		else if (serial == 1) {
			name = (district == 0) ? "เทศบาลนครนครราชสีมา" : "เทศบาลเมือง" + districtName;
			type = "เทศบาล";
			typeDigit = (district == 0) ? 3 : 4;
		}
		else if (index % 3 == 1) {
			name = "เทศบาลตำบล" + place(serial);
			type = "เทศบาล";
			typeDigit = 5;
		}
		else {
			name = "องค์การบริหารส่วนตำบล" + place(serial);
			type = "อบต.";
			typeDigit = 6;
		}
		String code = String.format("%d%02d%04d", typeDigit, district + 1, serial);
		Instant madeAt = ROUND_CLOSED.minusSeconds(97L * index);
		return new Organization(code, name, type, districtName, madeAt, fileName(index, code, name, districtName));
	}

	/** A place name unique within a district: two halves, and a number after them past 300. */
	private static String place(int serial) {
		int combos = HEADS.size() * TAILS.size();
		String place = HEADS.get(serial % HEADS.size()) + TAILS.get((serial / HEADS.size()) % TAILS.size());
		return (serial < combos) ? place : place + " " + (serial / combos + 1);
	}

	/**
	 * The file as organizations name what they send: the code and name, some with the tool's own
	 * name and spaces, some with the district; always with the code, so no two collide.
	 */
	private static String fileName(int index, String code, String name, String district) {
		return switch (index % 4) {
			case 0 -> code + "-" + name + ".xlsx";
			case 1 -> "ita-2566-round1 " + name + " (" + code + ").xlsx";
			case 2 -> "รายงาน ITA รอบ 6 เดือน " + name + " อ." + district + " " + code + ".xlsx";
			default -> code + "_" + name.replace(" ", "_") + ".xlsx";
		};
	}

}
