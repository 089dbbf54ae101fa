package th.ita.merge.division;

/**
 * A division's file as the merge read it, once: what it gave, and its bytes for the feedback copy.
 * {@code content} is empty when the file was refused before it was read. A file whose bytes are
 * those an earlier attempt of the same run already read is {@code unchanged}: it is not parsed
 * again, and its submission carries only its name and hash.
 */
public record ReturnedFile(Submission submission, byte[] content, boolean unchanged) {

	public ReturnedFile(Submission submission, byte[] content) {
		this(submission, content, false);
	}

}
