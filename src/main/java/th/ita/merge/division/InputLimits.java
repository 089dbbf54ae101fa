package th.ita.merge.division;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on the files the merge reads ({@code ita.max-file-bytes}, e.g. {@code 20MB}): a
 * division's workbook is a few dozen kilobytes, so a file far larger is refused before it is
 * opened.
 */
@ConfigurationProperties("ita")
public record InputLimits(@DefaultValue(InputLimits.DEFAULT_MAX_FILE_SIZE) DataSize maxFileBytes) {

	/** The cap used when none is given: far above any template, far below harm. */
	public static final String DEFAULT_MAX_FILE_SIZE = "20MB";

	public static InputLimits defaults() {
		return new InputLimits(DataSize.parse(DEFAULT_MAX_FILE_SIZE));
	}

}
