package th.ita.merge.plan;

/**
 * An ITA indicator in this year's plan (ตัวชี้วัด) with the narrative paragraph the report
 * prints above its table. Paragraphs of the narrative are separated by line breaks.
 */
public record Indicator(Tool tool, int number, String name, String narrative) {
}
