package th.ita.merge.web.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in, and setting the officer's password on the first start: only from the office PC
 * itself (the address the launcher opens), so nobody else on the network can take the account
 * before the officer does.
 */
@Controller
@ConditionalOnWebApplication
class SignInPages {

	private final OfficerAccount account;

	SignInPages(OfficerAccount account) {
		this.account = account;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/officer";
	}

	@GetMapping("/login")
	String login() {
		return this.account.passwordSet() ? "login" : "redirect:/setup";
	}

	@GetMapping("/setup")
	String setup(HttpServletRequest request, HttpServletResponse response, Model model) {
		if (this.account.passwordSet()) {
			return "redirect:/login";
		}
		if (!fromThisComputer(request)) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return "setup-elsewhere";
		}
		return "setup";
	}

	@PostMapping("/setup")
	String setPassword(@RequestParam String password, @RequestParam String again, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (this.account.passwordSet()) {
			return "redirect:/login";
		}
		if (!fromThisComputer(request)) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return "setup-elsewhere";
		}
		String problem = (password.length() < OfficerAccount.MIN_LENGTH)
				? "รหัสผ่านต้องยาวอย่างน้อย " + OfficerAccount.MIN_LENGTH + " ตัวอักษร"
				: !password.equals(again) ? "รหัสผ่านทั้งสองช่องไม่ตรงกัน ให้พิมพ์ใหม่" : null;
		if (problem != null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", problem);
			return "setup";
		}
		this.account.setFirstPassword(password);
		return "redirect:/login?ready";
	}

	@RequestMapping("/denied")
	String denied(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "denied";
	}

	private static boolean fromThisComputer(HttpServletRequest request) {
		try {
			return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
