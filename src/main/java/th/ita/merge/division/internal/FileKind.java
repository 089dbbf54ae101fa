package th.ita.merge.division.internal;

import org.apache.poi.poifs.filesystem.FileMagic;

import th.ita.merge.problem.ProblemCode;

/** What a file that is not a workbook looks like by its first bytes, as a message names it. */
enum FileKind {

	PDF, WEB_PAGE, XML, PICTURE, RTF, OFFICE, UNKNOWN;

	static FileKind of(FileMagic magic) {
		return switch (magic) {
			case PDF -> PDF;
			case HTML -> WEB_PAGE;
			case XML -> XML;
			case JPEG, PNG, GIF, TIFF, BMP, EMF, WMF -> PICTURE;
			case RTF -> RTF;
			default -> UNKNOWN;
		};
	}

	/** The Thai words for this kind, from the messages' properties. */
	String thai() {
		return ProblemCode.phrase("FILE_KIND." + name());
	}

}
