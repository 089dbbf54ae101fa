package th.ita.merge.web.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.ita.merge.merge.MergeOutputs;
import th.ita.merge.plan.Plan;

/**
 * The officer's pages about merging: start the merge, watch its progress (the page refreshes
 * itself every second while it runs: no script), download what it wrote, and the runs before.
 */
@Controller
@ConditionalOnWebApplication
class MergePages {

	private final MergeRuns merges;

	private final OfficeRound round;

	private final OfficeFolders folders;

	private final PastRuns past;

	MergePages(MergeRuns merges, OfficeRound round, OfficeFolders folders, PastRuns past) {
		this.merges = merges;
		this.round = round;
		this.folders = folders;
		this.past = past;
	}

	@PostMapping("/officer/merge")
	String start(RedirectAttributes redirect) {
		Optional<Plan> plan = this.round.now().plan();
		if (plan.isEmpty()) {
			redirect.addFlashAttribute("problem", "ยังไม่มีแผนที่ใช้ได้ ให้ส่งไฟล์แผนที่หน้าหลักก่อน");
			return "redirect:/officer/merge";
		}
		this.merges.start(plan.get()).ifPresent((why) -> redirect.addFlashAttribute("problem", why));
		return "redirect:/officer/merge";
	}

	@GetMapping("/officer/merge")
	String merge(Model model) throws IOException {
		MergeRuns.LastRun last = this.merges.last();
		model.addAttribute("last", last);
		model.addAttribute("progress", this.merges.progress());
		Optional<Plan> plan = this.round.now().plan();
		model.addAttribute("plan", plan.orElse(null));
		// labels and names, not paths: the page's expressions may not read members of JDK classes such as Path
		model.addAttribute("outputs",
				plan.map(this::currentFiles).orElse(List.of()).stream().map(OutputFiles::listed).toList());
		List<String> copies = plan.isPresent()
				? feedbackCopies(plan.get()).stream().map((file) -> file.getFileName().toString()).toList() : List.of();
		model.addAttribute("feedback", !copies.isEmpty());
		model.addAttribute("feedbackCopies", copies);
		return "merge";
	}

	@GetMapping("/officer/outputs/{name}")
	ResponseEntity<Resource> output(@PathVariable String name) throws IOException {
		Plan plan = this.round.now().plan().orElseThrow(NotFound::new);
		if (OutputFiles.FEEDBACK_ZIP.equals(name)) {
			List<Path> copies = feedbackCopies(plan);
			if (copies.isEmpty()) {
				throw new NotFound();
			}
			Path zip = this.folders.work().resolve("web").resolve(OutputFiles.FEEDBACK_ZIP);
			OutputFiles.zipFeedback(MergeOutputs.of(this.folders.output(), plan).feedback(), zip);
			return Downloads.of(zip, "แจ้งกลับ-" + plan.period().fiscalYear() + "-รอบ" + plan.period().round() + ".zip");
		}
		Path file = currentFiles(plan).stream()
			.filter((found) -> found.getFileName().toString().equals(name))
			.findFirst()
			.orElseThrow(NotFound::new);
		return Downloads.of(file, name);
	}

	/** One division's feedback copy of the last merge, by its name in the feedback folder. */
	@GetMapping("/officer/outputs/feedback/{name}")
	ResponseEntity<Resource> feedbackCopy(@PathVariable String name) throws IOException {
		Plan plan = this.round.now().plan().orElseThrow(NotFound::new);
		Path copy = feedbackCopies(plan).stream()
			.filter((file) -> file.getFileName().toString().equals(name))
			.findFirst()
			.orElseThrow(NotFound::new);
		return Downloads.of(copy, "แจ้งกลับ-" + name);
	}

	@GetMapping("/officer/runs")
	String runs(Model model) throws IOException {
		model.addAttribute("runs", this.past.latest());
		return "runs";
	}

	@GetMapping("/officer/runs/{id}/{name}")
	ResponseEntity<Resource> kept(@PathVariable long id, @PathVariable String name) throws IOException {
		Path file = this.past.keptFile(id, name).orElseThrow(NotFound::new);
		return Downloads.of(file, name);
	}

	private List<Path> currentFiles(Plan plan) {
		return OutputFiles.of(MergeOutputs.of(this.folders.output(), plan));
	}

	private List<Path> feedbackCopies(Plan plan) throws IOException {
		return OutputFiles.feedbackCopies(MergeOutputs.of(this.folders.output(), plan).feedback());
	}

}
