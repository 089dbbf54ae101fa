package th.ita.merge.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.ita.merge.division.TemplateGenerator;
import th.ita.merge.io.AtomicFiles;
import th.ita.merge.merge.Features;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.web.OfficeAddress;

/**
 * The officer's pages about the round: the plan (uploaded or replaced, refused with the same
 * Thai problem list as the command), the templates, and the round board: every division on the
 * roster, its link, whether its file arrived, when and from whom, its errors and warnings, and
 * the files it superseded.
 */
@Controller
@ConditionalOnWebApplication
class OfficerPages {

	/** One division's line on the board. */
	record BoardRow(Division division, String link, Upload current, int uploads, int superseded) {
	}

	private final OfficeRound round;

	private final DivisionLinks links;

	private final Uploads uploads;

	private final OfficeFolders folders;

	private final MergeRuns merges;

	OfficerPages(OfficeRound round, DivisionLinks links, Uploads uploads, OfficeFolders folders, MergeRuns merges) {
		this.round = round;
		this.links = links;
		this.uploads = uploads;
		this.folders = folders;
		this.merges = merges;
	}

	@GetMapping("/officer")
	String board(HttpServletRequest request, Model model) {
		OfficeRound.PlanState plan = this.round.now();
		model.addAttribute("planState", plan);
		model.addAttribute("planFile", this.folders.planFile());
		plan.plan().ifPresent((found) -> model.addAttribute("rows", rows(found, request)));
		model.addAttribute("merging", this.merges.last().running());
		return "board";
	}

	@PostMapping("/officer/plan")
	String plan(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("planProblem", "ยังไม่ได้เลือกไฟล์แผน ให้กดเลือกไฟล์ plan.xlsx แล้วกดส่ง");
			return board(request, model);
		}
		OfficeRound.PlanState checked;
		try (InputStream content = file.getInputStream()) {
			checked = this.round.replace(content);
		}
		if (checked.plan().isEmpty()) {
			response.setStatus(422);
			model.addAttribute("refusedPlan", checked.problems());
			return board(request, model);
		}
		return "redirect:/officer?plan";
	}

	@GetMapping("/officer/templates")
	ResponseEntity<Resource> templates() throws IOException {
		Plan plan = requirePlan();
		List<Path> written = TemplateGenerator.generate(plan, Features.of(plan).sheets(), templatesFolder(),
				TemplateGenerator.DEFAULT_SHEET_PASSWORD);
		Path zip = this.folders.work().resolve("web").resolve("templates.zip");
		AtomicFiles.write(zip, (out) -> OutputFiles.zip(written, out));
		return Downloads.of(zip, "แบบรายงาน-" + plan.period().fiscalYear() + "-รอบ" + plan.period().round() + ".zip");
	}

	@GetMapping("/officer/templates/{code}")
	ResponseEntity<Resource> template(@PathVariable String code) throws IOException {
		Plan plan = requirePlan();
		Optional<Division> division = plan.division(code);
		if (division.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		Path target = templatesFolder().resolve(TemplateGenerator.fileName(plan, division.get()));
		TemplateGenerator.write(plan, Features.of(plan).sheets(), division.get(), target,
				TemplateGenerator.DEFAULT_SHEET_PASSWORD);
		return Downloads.of(target, target.getFileName().toString());
	}

	@GetMapping("/officer/division/{code}")
	String division(@PathVariable String code, HttpServletRequest request, Model model) {
		Plan plan = requirePlan();
		Division division = plan.division(code).orElseThrow(NotFound::new);
		List<Upload> history = this.uploads.ofDivision(OfficeRound.roundKey(plan), code);
		model.addAttribute("plan", plan);
		model.addAttribute("division", division);
		model.addAttribute("link", linkBase(request) + "/upload/" + this.links.tokenOf(code));
		model.addAttribute("history", history);
		Optional<Upload> shown = history.stream().findFirst();
		model.addAttribute("shown", shown.orElse(null));
		model.addAttribute("problems", shown.map((upload) -> this.uploads.problemsOf(upload.id())).orElse(List.of()));
		model.addAttribute("feedback", shown.flatMap(this.uploads::feedbackOf).isPresent());
		return "division";
	}

	@PostMapping("/officer/division/{code}/reissue")
	String reissue(@PathVariable String code, RedirectAttributes redirect) {
		Plan plan = requirePlan();
		plan.division(code).orElseThrow(NotFound::new);
		this.links.reissue(code);
		redirect.addFlashAttribute("reissued", true);
		return "redirect:/officer/division/" + code;
	}

	@GetMapping("/officer/uploads/{id}/file")
	ResponseEntity<Resource> uploadedFile(@PathVariable String id) {
		Upload upload = this.uploads.find(id).orElseThrow(NotFound::new);
		Path file = this.uploads.fileOf(upload);
		if (!Files.isRegularFile(file)) {
			throw new NotFound();
		}
		return Downloads.of(file, upload.fileName());
	}

	@GetMapping("/officer/uploads/{id}/feedback")
	ResponseEntity<Resource> uploadedFeedback(@PathVariable String id) {
		Upload upload = this.uploads.find(id).orElseThrow(NotFound::new);
		Path copy = this.uploads.feedbackOf(upload).orElseThrow(NotFound::new);
		return Downloads.of(copy, "แจ้งกลับ-" + upload.fileName());
	}

	private List<BoardRow> rows(Plan plan, HttpServletRequest request) {
		String base = linkBase(request);
		String key = OfficeRound.roundKey(plan);
		return plan.divisions().stream().map((division) -> {
			List<Upload> history = this.uploads.ofDivision(key, division.code());
			Upload current = history.stream()
				.filter((upload) -> upload.state() == Upload.State.CURRENT || upload.state() == Upload.State.WAITING)
				.findFirst()
				.orElse(null);
			int superseded = (int) history.stream().filter((u) -> u.state() == Upload.State.SUPERSEDED).count();
			return new BoardRow(division, base + "/upload/" + this.links.tokenOf(division.code()), current,
					history.size(), superseded);
		}).toList();
	}

	/**
	 * The start of the links divisions open: the address other computers use when the officer
	 * opened the page on this PC ({@code localhost} would mean their own computer), else the
	 * address the officer used.
	 */
	static String linkBase(HttpServletRequest request) {
		String host = request.getServerName();
		if ("localhost".equals(host) || host.startsWith("127.") || "[::1]".equals(host)) {
			return OfficeAddress.forOthers(request.getServerPort())
				.orElse(OfficeAddress.here(request.getServerPort()));
		}
		return request.getScheme() + "://" + host + ":" + request.getServerPort();
	}

	private Path templatesFolder() {
		return this.folders.output().resolve("templates");
	}

	private Plan requirePlan() {
		return this.round.now().plan().orElseThrow(NotFound::new);
	}

}
