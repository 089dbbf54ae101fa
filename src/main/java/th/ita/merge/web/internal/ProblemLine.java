package th.ita.merge.web.internal;

/** One problem of an upload as its page lists it: severity in Thai, sheet, cell, the value found, what to do. */
record ProblemLine(String severity, boolean error, String sheet, String cell, String found, String message) {
}
