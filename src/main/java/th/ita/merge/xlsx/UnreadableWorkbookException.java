package th.ita.merge.xlsx;

import java.io.IOException;

/**
 * A workbook that was refused, with the reason a person can act on. POI tells these cases apart
 * only by the exceptions it throws deep inside; they are sorted out here, in one place.
 */
public final class UnreadableWorkbookException extends IOException {

	/** Why a workbook could not be read. */
	public enum Reason {

		/** Not a whole zip of a workbook: truncated, corrupted, or another kind of file. */
		DAMAGED,
		/** Saved as Strict Open XML, which the reader does not understand. */
		STRICT_OPEN_XML,
		/** Expands far beyond its size when unzipped: POI's zip-bomb guard tripped. */
		ZIP_BOMB,
		/** Carries a DTD or entity declarations, which Excel never writes. */
		UNSAFE_XML,
		/** Lists two sheets of one name (as Excel compares names), so which one is meant cannot be told. */
		DUPLICATE_SHEET

	}

	private final Reason reason;

	private final String sheet;

	private final String cell;

	UnreadableWorkbookException(Reason reason, String message, Throwable cause) {
		this(reason, message, cause, "", "");
	}

	UnreadableWorkbookException(Reason reason, String message, Throwable cause, String sheet, String cell) {
		super(message, cause);
		this.reason = reason;
		this.sheet = sheet;
		this.cell = cell;
	}

	/** The sheet the damage was found in, "" when it is the file as a whole. */
	public String sheet() {
		return this.sheet;
	}

	/** The cell (A1) the damage was found in, "" when there is none. */
	public String cell() {
		return this.cell;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Sorts a failure of POI's into a reason, by what it says about the cause. */
	static UnreadableWorkbookException of(String message, Throwable failure) {
		if (failure instanceof UnreadableWorkbookException unreadable) {
			return unreadable;
		}
		if (failure instanceof DamagedCell damaged) {
			return new UnreadableWorkbookException(Reason.DAMAGED, message, failure, damaged.sheet, damaged.cell);
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String text = String.valueOf(cause.getMessage());
			if (text.contains("Zip bomb") || text.contains("potentially malicious")
					|| text.contains("exceed the max size")) {
				return new UnreadableWorkbookException(Reason.ZIP_BOMB, message, failure);
			}
			if (text.contains("DOCTYPE") || text.contains("DTD") || text.contains("ENTITY")
					|| text.contains("entity expansion") || text.contains("external entit")) {
				return new UnreadableWorkbookException(Reason.UNSAFE_XML, message, failure);
			}
		}
		return new UnreadableWorkbookException(Reason.DAMAGED, message, failure);
	}

	/** A cell that no workbook Excel writes could hold, found while a sheet streams past. */
	static final class DamagedCell extends org.xml.sax.SAXException {

		private final String sheet;

		private final String cell;

		DamagedCell(String sheet, String cell, String what) {
			super(what + " at " + sheet + "!" + cell);
			this.sheet = sheet;
			this.cell = cell;
		}

	}

}
