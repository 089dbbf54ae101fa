package th.ita.merge.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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

import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;

/**
 * A division's own page, reached by its link alone: its name and the measures it reports, its
 * last upload's problems with sheet and cell, a form for the filled template, and the feedback
 * copy. It sees and replaces only its own file. An unknown link is answered 404, a revoked one 403.
 */
@Controller
@ConditionalOnWebApplication
class DivisionPages {

	private final DivisionLinks links;

	private final OfficeRound round;

	private final Uploads uploads;

	private final UploadCheck check;

	private final UploadRate rate;

	DivisionPages(DivisionLinks links, OfficeRound round, Uploads uploads, UploadCheck check, UploadRate rate) {
		this.links = links;
		this.round = round;
		this.uploads = uploads;
		this.check = check;
		this.rate = rate;
	}

	/** The division a link is for, with the plan; or the page that says why there is none. */
	private record Visit(Plan plan, Division division, String token) {
	}

	@GetMapping("/upload/{token}")
	String page(@PathVariable String token, Model model, HttpServletResponse response) {
		return visit(token, model, response).map((visit) -> show(visit, model, Optional.empty()))
			.orElse("link-refused");
	}

	@PostMapping("/upload/{token}")
	String upload(@PathVariable String token, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "sender", defaultValue = "") String sender, Model model, HttpServletResponse response)
			throws IOException {
		Optional<Visit> visit = visit(token, model, response);
		if (visit.isEmpty()) {
			return "link-refused";
		}
		if (!this.rate.allow(token)) {
			response.setStatus(429);
			model.addAttribute("problem", "ส่งไฟล์ถี่เกินไป (เกิน " + UploadRate.PER_MINUTE
					+ " ครั้งในหนึ่งนาที) ให้รอสักครู่แล้วส่งใหม่");
			return show(visit.get(), model, Optional.empty());
		}
		// no file chosen; a chosen file of no bytes is checked, and answered as an empty file
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", "ยังไม่ได้เลือกไฟล์ ให้กดเลือกไฟล์แบบรายงานที่กรอกแล้ว แล้วกดส่ง");
			return show(visit.get(), model, Optional.empty());
		}
		Upload upload;
		try (InputStream content = file.getInputStream()) {
			upload = this.check.check(visit.get().plan(), visit.get().division(), senderOf(sender, visit.get()),
					content);
		}
		catch (UploadCheck.TooLarge ex) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			model.addAttribute("problem", Sizes.tooLarge(this.check.cap()));
			return show(visit.get(), model, Optional.empty());
		}
		if (upload.state() == Upload.State.REFUSED) {
			response.setStatus(422);
		}
		return show(visit.get(), model, Optional.of(upload));
	}

	@GetMapping("/upload/{token}/feedback/{id}")
	ResponseEntity<Resource> feedback(@PathVariable String token, @PathVariable String id, Model model,
			HttpServletResponse response) {
		Optional<Upload> upload = ownUpload(token, id, model, response);
		Optional<Path> copy = upload.flatMap(this.uploads::feedbackOf);
		return copy.map((file) -> Downloads.of(file, "แจ้งกลับ-" + file.getFileName()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	/** An upload of the link's own division, else nothing: another division's upload is not found. */
	private Optional<Upload> ownUpload(String token, String id, Model model, HttpServletResponse response) {
		return visit(token, model, response).flatMap((visit) -> this.uploads.find(id)
			.filter((upload) -> upload.divisionCode().equals(visit.division().code())));
	}

	private String show(Visit visit, Model model, Optional<Upload> just) {
		List<Upload> history = this.uploads.ofDivision(OfficeRound.roundKey(visit.plan()), visit.division().code());
		Optional<Upload> shown = just.or(() -> history.stream().findFirst());
		model.addAttribute("plan", visit.plan());
		model.addAttribute("division", visit.division());
		model.addAttribute("measures", visit.plan().measuresOf(visit.division()));
		model.addAttribute("token", visit.token());
		model.addAttribute("history", history);
		model.addAttribute("just", just.orElse(null));
		model.addAttribute("shown", shown.orElse(null));
		// who sent last, so a clerk re-sending a corrected file need not type it again
		model.addAttribute("sender", shown.map(Upload::sender)
			.filter((sender) -> !sender.equals(visit.division().name()))
			.orElse(""));
		model.addAttribute("problems", shown.map((upload) -> this.uploads.problemsOf(upload.id())).orElse(List.of()));
		model.addAttribute("feedback", shown.flatMap(this.uploads::feedbackOf).isPresent());
		model.addAttribute("merging", this.uploads.merging());
		model.addAttribute("cap", Sizes.megabytes(this.check.cap()));
		return "upload";
	}

	private Optional<Visit> visit(String token, Model model, HttpServletResponse response) {
		DivisionLinks.Holder holder = this.links.holder(token);
		Optional<Plan> plan = this.round.now().plan();
		if (holder instanceof DivisionLinks.Holder.Live live && plan.isPresent()) {
			Optional<Division> division = plan.get().division(live.divisionCode());
			if (division.isPresent()) {
				return Optional.of(new Visit(plan.get(), division.get(), token));
			}
		}
		boolean revoked = holder instanceof DivisionLinks.Holder.Revoked;
		response.setStatus(revoked ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("revoked", revoked);
		return Optional.empty();
	}

	private static String senderOf(String typed, Visit visit) {
		String sender = typed.strip();
		if (sender.isEmpty()) {
			return visit.division().name();
		}
		return (sender.length() > 100) ? sender.substring(0, 100) : sender;
	}

}
