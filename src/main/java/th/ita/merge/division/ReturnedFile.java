package th.ita.merge.division;

/**
 * A division's file as the merge read it, once: what it gave, and its bytes for the feedback copy.
 * {@code content} is empty when the file was refused before it was read.
 */
public record ReturnedFile(Submission submission, byte[] content) {
}
