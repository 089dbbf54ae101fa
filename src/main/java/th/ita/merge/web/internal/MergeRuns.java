package th.ita.merge.web.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import th.ita.merge.merge.MergeLauncher;
import th.ita.merge.merge.MergeOutputs;
import th.ita.merge.merge.RunProgress;
import th.ita.merge.plan.Plan;
import th.ita.merge.value.Digits;

/**
 * Runs the merge from the web page: the same job, on the same folders and job repository as the
 * command, one at a time, in the background while the page shows its progress (the server holds
 * the output folder's lock all along, so no command merges there meanwhile). Uploads that arrive
 * meanwhile wait ({@link Uploads#closeDoor()}). Each run's outputs are copied to a folder of its
 * own, so past runs can still be downloaded.
 */
@Component
@ConditionalOnWebApplication
class MergeRuns implements DisposableBean {

	private static final Logger LOGGER = LoggerFactory.getLogger(MergeRuns.class);

	/** What the last merge started here came to, for the page. */
	record LastRun(boolean running, boolean failed, String message) {
	}

	private final MergeLauncher launcher;

	private final RunProgress progress;

	private final Uploads uploads;

	private final OfficeFolders folders;

	private final ExecutorService runner = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "ita-web-merge");
		thread.setDaemon(true);
		return thread;
	});

	private volatile LastRun last = new LastRun(false, false, "");

	MergeRuns(MergeLauncher launcher, RunProgress progress, Uploads uploads, OfficeFolders folders) {
		this.launcher = launcher;
		this.progress = progress;
		this.uploads = uploads;
		this.folders = folders;
	}

	RunProgress.Snapshot progress() {
		return this.progress.now();
	}

	LastRun last() {
		return this.last;
	}

	/**
	 * Starts a merge with {@code plan} unless one is running.
	 * @return empty when started, else why not, in Thai
	 */
	synchronized Optional<String> start(Plan plan) {
		if (this.last.running()) {
			return Optional.of("กำลังรวมไฟล์อยู่แล้ว รอให้เสร็จก่อน");
		}
		this.last = new LastRun(true, false, "");
		this.uploads.closeDoor();
		this.runner.submit(() -> run(plan));
		return Optional.empty();
	}

	/**
	 * Runs the merge, then lets the uploads that waited into the input folder, and only then says
	 * the merge ended: until the page says so, no new merge can start and close the door these
	 * uploads still go through, and whoever reads the page's answer finds them in the input folder.
	 */
	private void run(Plan plan) {
		LastRun ended = failed();
		try {
			try {
				ended = merge(plan);
			}
			finally {
				letWaitingIn();
			}
		}
		catch (Exception ex) {
			LOGGER.error("The merge started from the web page failed", ex);
		}
		finally {
			this.last = ended;
		}
	}

	private LastRun merge(Plan plan) throws Exception {
		MergeLauncher.Outcome outcome = this.launcher.merge(this.folders.input(), this.folders.output(),
				this.folders.planFile(), plan, Digits.THAI, Optional.empty());
		if (!outcome.completed()) {
			LOGGER.error("The merge started from the web page did not complete", outcome.failure());
			return failed();
		}
		keepOutputs(plan, outcome.executionId());
		return new LastRun(false, false, String.format(
				"รวมเสร็จ: %d ไฟล์ อ่าน %d แถว = รับ %d + ไม่รับ %d; ข้อผิดพลาด %d, คำเตือน %d",
				outcome.totals().files(), outcome.totals().rowsRead(), outcome.totals().rowsAccepted(),
				outcome.totals().rowsRejected(), outcome.totals().errors(), outcome.totals().warnings()));
	}

	private void letWaitingIn() {
		try {
			this.uploads.openDoor();
		}
		catch (IOException ex) {
			LOGGER.error("Could not put the uploads that waited into the input folder", ex);
		}
	}

	private LastRun failed() {
		return new LastRun(false, true, "การรวมไม่สำเร็จ รายละเอียดทางเทคนิคอยู่ในไฟล์ "
				+ this.folders.work().resolve("ita-merge.log") + " ให้แก้ไขแล้วสั่งรวมใหม่");
	}

	/** Copies a run's outputs into {@code runs/<execution id>}, so they stay downloadable after later runs. */
	private void keepOutputs(Plan plan, long executionId) throws IOException {
		MergeOutputs outputs = MergeOutputs.of(this.folders.output(), plan);
		Path kept = Files.createDirectories(this.folders.runs().resolve(Long.toString(executionId)));
		for (Path file : OutputFiles.of(outputs)) {
			Files.copy(file, kept.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		}
		OutputFiles.zipFeedback(outputs.feedback(), kept.resolve(OutputFiles.FEEDBACK_ZIP));
	}

	@Override
	public void destroy() {
		this.runner.shutdownNow();
	}

}
