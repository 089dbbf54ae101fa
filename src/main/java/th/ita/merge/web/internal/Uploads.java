package th.ita.merge.web.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import th.ita.merge.feedback.FeedbackCopy;
import th.ita.merge.io.AtomicFiles;
import th.ita.merge.problem.Problem;

/**
 * The uploads of every division and where each stands. A division's accepted upload goes into the
 * input folder under its template's name, replacing the one before, unless a merge is running:
 * then it waits, and goes in when the merge ends, so a merge never sees a file half written or
 * changing under it. The door is this object's monitor, shared with {@link MergeRuns}.
 */
@Component
@ConditionalOnWebApplication
class Uploads {

	private static final String COLUMNS = "ID, ROUND_KEY, DIVISION_CODE, SENDER, RECEIVED_AT, FILE_NAME, SIZE_BYTES, "
			+ "ERRORS, WARNINGS, STATE, FEEDBACK";

	private final JdbcClient jdbc;

	private final OfficeFolders folders;

	private boolean merging;

	Uploads(JdbcClient jdbc, OfficeFolders folders) {
		this.jdbc = jdbc;
		this.folders = folders;
	}

	/** The folder one upload is kept in, with its feedback copy. */
	Path folderOf(String id) {
		return this.folders.uploads().resolve(id);
	}

	Path fileOf(Upload upload) {
		return folderOf(upload.id()).resolve(upload.fileName());
	}

	Optional<Path> feedbackOf(Upload upload) {
		Path copy = folderOf(upload.id()).resolve(FeedbackCopy.FOLDER).resolve(upload.fileName());
		return (upload.feedback() && Files.isRegularFile(copy)) ? Optional.of(copy) : Optional.empty();
	}

	/** Records a checked upload and, when it was accepted, puts it in the input folder or makes it wait. */
	synchronized Upload record(Upload checked, List<Problem> problems) throws IOException {
		// stamped here, in the order the uploads are recorded: of two uploads of a division checked
		// at once, the one recorded last is the one in the input folder and the one shown as latest
		Upload upload = with(checked, checked.state(), OffsetDateTime.now());
		if (checked.state() != Upload.State.REFUSED) {
			upload = with(upload, this.merging ? Upload.State.WAITING : Upload.State.CURRENT, upload.receivedAt());
			if (!this.merging) {
				publish(upload);
			}
		}
		insert(upload);
		for (int i = 0; i < problems.size(); i++) {
			Problem problem = problems.get(i);
			this.jdbc.sql("INSERT INTO ITA_WEB_PROBLEM (UPLOAD_ID, SEQ, SEVERITY, SHEET_NAME, CELL, FOUND, MESSAGE) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(upload.id(), i, problem.severity().code(), problem.sheet(), problem.cell(), problem.value(),
						problem.message())
				.update();
		}
		return upload;
	}

	/** A merge starts: uploads from now on wait for it to end. */
	synchronized void closeDoor() {
		this.merging = true;
	}

	/** The merge ended: each division's latest waiting upload goes into the input folder. */
	synchronized void openDoor() throws IOException {
		this.merging = false;
		List<Upload> waiting = this.jdbc.sql("SELECT " + COLUMNS + " FROM ITA_WEB_UPLOAD WHERE STATE = 'WAITING' "
				+ "ORDER BY RECEIVED_AT").query(Uploads::upload).list();
		for (Upload upload : waiting) {
			publish(upload);
		}
	}

	synchronized boolean merging() {
		return this.merging;
	}

	/** Every upload of a division in a round, the latest first. */
	List<Upload> ofDivision(String roundKey, String divisionCode) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM ITA_WEB_UPLOAD WHERE ROUND_KEY = ? AND DIVISION_CODE = ? "
					+ "ORDER BY RECEIVED_AT DESC")
			.params(roundKey, divisionCode)
			.query(Uploads::upload)
			.list();
	}

	Optional<Upload> find(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM ITA_WEB_UPLOAD WHERE ID = ?")
			.param(id)
			.query(Uploads::upload)
			.optional();
	}

	List<ProblemLine> problemsOf(String id) {
		return this.jdbc
			.sql("SELECT SEVERITY, SHEET_NAME, CELL, FOUND, MESSAGE FROM ITA_WEB_PROBLEM WHERE UPLOAD_ID = ? ORDER BY SEQ")
			.param(id)
			.query((rs, n) -> {
				boolean error = "error".equals(rs.getString(1));
				return new ProblemLine(error ? "ข้อผิดพลาด" : "คำเตือน", error, rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getString(5));
			})
			.list();
	}

	/** Puts an upload in the input folder, whole, and marks the division's upload before it superseded. */
	private void publish(Upload upload) throws IOException {
		Path source = fileOf(upload);
		AtomicFiles.write(this.folders.input().resolve(upload.fileName()), (out) -> Files.copy(source, out));
		this.jdbc.sql("UPDATE ITA_WEB_UPLOAD SET STATE = 'SUPERSEDED' WHERE ROUND_KEY = ? AND DIVISION_CODE = ? "
				+ "AND STATE IN ('CURRENT', 'WAITING') AND ID <> ?")
			.params(upload.roundKey(), upload.divisionCode(), upload.id())
			.update();
		this.jdbc.sql("UPDATE ITA_WEB_UPLOAD SET STATE = 'CURRENT' WHERE ID = ?").param(upload.id()).update();
	}

	private void insert(Upload upload) {
		this.jdbc.sql("INSERT INTO ITA_WEB_UPLOAD (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(upload.id(), upload.roundKey(), upload.divisionCode(), upload.sender(), upload.receivedAt(),
					upload.fileName(), upload.sizeBytes(), upload.errors(), upload.warnings(), upload.state().name(),
					upload.feedback())
			.update();
	}

	private static Upload with(Upload upload, Upload.State state, OffsetDateTime receivedAt) {
		return new Upload(upload.id(), upload.roundKey(), upload.divisionCode(), upload.sender(), receivedAt,
				upload.fileName(), upload.sizeBytes(), upload.errors(), upload.warnings(), state, upload.feedback());
	}

	private static Upload upload(ResultSet rs, int row) throws SQLException {
		return new Upload(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getLong(7), rs.getInt(8),
				rs.getInt(9), Upload.State.valueOf(rs.getString(10)), rs.getBoolean(11));
	}

}
