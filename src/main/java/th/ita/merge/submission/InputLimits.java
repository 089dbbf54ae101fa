package th.ita.merge.submission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on the files the merge reads ({@code ita.max-file-bytes}, e.g. {@code 20MB}): a
 * division's workbook is a few dozen kilobytes, so a file far larger is refused before it is
 * opened.
 */
@ConfigurationProperties("ita")
public record InputLimits(@DefaultValue("20MB") DataSize maxFileBytes) {

	public FileCheck fileCheck() {
		return new FileCheck(this.maxFileBytes.toBytes());
	}

}
