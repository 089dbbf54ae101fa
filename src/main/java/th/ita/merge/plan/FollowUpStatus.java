package th.ita.merge.plan;

/**
 * A follow-up status of a risk (สถานะการติดตาม), a traffic light: its Thai name, its colour (RGB
 * hex) and what it means, e.g. สีเขียว = not occurred or under control.
 */
public record FollowUpStatus(String name, String colour, String meaning) {
}
