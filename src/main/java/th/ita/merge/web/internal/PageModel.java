package th.ita.merge.web.internal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import th.ita.merge.division.InputLimits;
import th.ita.merge.value.Digits;

/**
 * What every page has: the round it is about, named in its heading; and the answer to a file over
 * the size cap, stopped by the server before any page saw it: a Thai page, status 413.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class PageModel {

	private final InputLimits limits;

	private final OfficeRound round;

	PageModel(InputLimits limits, OfficeRound round) {
		this.limits = limits;
		this.round = round;
	}

	/** "อบต.ขามสะแกแสง อำเภอขามสะแกแสง จังหวัดนครราชสีมา · รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2566"; empty without a plan. */
	@ModelAttribute("roundTitle")
	String roundTitle() {
		return this.round.now()
			.plan()
			.map((plan) -> plan.organization().fullTitle() + " · " + plan.period().title(Digits.ARABIC))
			.orElse("");
	}

	/**
	 * What a file over the cap is told, for the container's own 413 page too: the servlet container
	 * refuses such a body before any page reads it (it cannot even read the form's fields), and its
	 * error dispatch renders {@code error/413.html} with this model.
	 */
	@ModelAttribute("tooLarge")
	String tooLarge() {
		return Sizes.tooLarge(this.limits.maxFileBytes().toBytes());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		return "error/413";
	}

}
