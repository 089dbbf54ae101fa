package th.ita.merge.plan;

/**
 * One step of the likelihood (โอกาส) or impact (ผลกระทบ) scale: its value 1–5, its Thai name
 * (น้อยมาก … สูงมาก) and what the office means by it.
 */
public record ScaleLevel(int value, String name, String description) {
}
