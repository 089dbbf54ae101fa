package th.ita.merge.feedback;

/**
 * A division's package the feedback copy does not edit part by part (comments of its own on a
 * marked sheet, cells without addresses, XML not in UTF-8...): the copy is then made through the
 * workbook model instead.
 */
final class UnusualPackage extends Exception {

	private static final long serialVersionUID = 1L;

	UnusualPackage(String what) {
		super("The package has " + what, null, false, false);
	}

}
