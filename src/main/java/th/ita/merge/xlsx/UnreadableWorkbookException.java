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
		UNSAFE_XML

	}

	private final Reason reason;

	UnreadableWorkbookException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Sorts a failure of POI's into a reason, by what it says about the cause. */
	static UnreadableWorkbookException of(String message, Throwable failure) {
		if (failure instanceof UnreadableWorkbookException unreadable) {
			return unreadable;
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

}
