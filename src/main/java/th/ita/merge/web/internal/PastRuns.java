package th.ita.merge.web.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import th.ita.merge.merge.MergeLauncher;
import th.ita.merge.merge.RunTotals;
import th.ita.merge.value.ThaiTime;

/**
 * The merges recorded in the job repository, whether started here or typed as a command, the
 * latest first, with the outputs kept of each run started here.
 */
@Component
@ConditionalOnWebApplication
class PastRuns {

	/** How many runs the page lists. */
	static final int SHOWN = 50;

	/** One run as the page lists it. */
	record Run(long id, String started, String ended, String status, boolean completed, RunTotals totals,
			List<OutputFiles.Listed> files) {
	}

	private final JobRepository repository;

	private final OfficeFolders folders;

	PastRuns(JobRepository repository, OfficeFolders folders) {
		this.repository = repository;
		this.folders = folders;
	}

	List<Run> latest() throws IOException {
		List<Run> runs = new ArrayList<>();
		for (JobInstance instance : this.repository.getJobInstances(MergeLauncher.JOB_NAME, 0, SHOWN)) {
			for (JobExecution execution : this.repository.getJobExecutions(instance)) {
				runs.add(run(execution));
			}
		}
		runs.sort((a, b) -> Long.compare(b.id(), a.id()));
		return runs;
	}

	/** A file kept of a run, when it is one: only names listed in the run's own folder are served. */
	Optional<Path> keptFile(long run, String name) throws IOException {
		return kept(run).stream().filter((file) -> file.getFileName().toString().equals(name)).findFirst();
	}

	private Run run(JobExecution execution) throws IOException {
		String started = (execution.getStartTime() != null) ? time(execution.getStartTime()) : "";
		String ended = (execution.getEndTime() != null) ? time(execution.getEndTime()) : "";
		List<OutputFiles.Listed> files = kept(execution.getId()).stream().map(OutputFiles::listed).toList();
		return new Run(execution.getId(), started, ended, thai(execution.getStatus()),
				execution.getStatus() == BatchStatus.COMPLETED, RunTotals.load(execution.getExecutionContext()), files);
	}

	private List<Path> kept(long run) throws IOException {
		Path folder = this.folders.runs().resolve(Long.toString(run));
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static String time(LocalDateTime time) {
		return ThaiTime.of(time.atZone(ZoneId.systemDefault()).toInstant());
	}

	private static String thai(BatchStatus status) {
		return switch (status) {
			case COMPLETED -> "เสร็จ";
			case STARTING, STARTED -> "กำลังรวม";
			case FAILED -> "ไม่สำเร็จ";
			case STOPPED, STOPPING -> "หยุดกลางคัน";
			default -> "ไม่ทราบผล";
		};
	}

}
