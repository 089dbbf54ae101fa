package th.ita.merge.cli;

import org.springframework.util.unit.DataSize;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import th.ita.merge.division.InputLimits;

/**
 * The largest division file the commands open ({@code ita.max-file-bytes} for the merge job).
 * Read as the command line is parsed, so a size that is not one is answered like any bad value.
 */
class FileSizeOption {

	@Option(names = "--max-file-size", paramLabel = "ขนาด", defaultValue = InputLimits.DEFAULT_MAX_FILE_SIZE,
			converter = SizeConverter.class)
	DataSize maxFileSize;

	DataSize maxFileSize() {
		return this.maxFileSize;
	}

	InputLimits limits() {
		return new InputLimits(this.maxFileSize);
	}

	/** "20MB", "500KB", "1024" (bytes): more than nothing. */
	static final class SizeConverter implements ITypeConverter<DataSize> {

		@Override
		public DataSize convert(String value) {
			DataSize size;
			try {
				size = DataSize.parse(value.strip());
			}
			catch (IllegalArgumentException ex) {
				throw new TypeConversionException("not a size: " + value);
			}
			if (size.toBytes() <= 0) {
				throw new TypeConversionException("not more than nothing: " + value);
			}
			return size;
		}

	}

}
