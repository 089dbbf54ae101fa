package th.ita.merge.web.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open what: the officer's pages after signing in with the password (a form, with CSRF
 * on every form of every page); a division's upload page with its link alone, the token checked
 * by the page; the sign-in, the first password, the style sheet and the error pages by anyone.
 */
@Configuration
@ConditionalOnWebApplication
class WebSecurity {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/officer", "/officer/**")
			.hasRole("OFFICER")
			.requestMatchers("/", "/login", "/setup", "/upload/**", "/ita.css", "/favicon.ico", "/error", "/denied")
			.permitAll()
			.anyRequest()
			.denyAll())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/officer", true).failureUrl("/login?error"))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?out"))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedPage("/denied"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp
				.policyDirectives("default-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
						+ "frame-ancestors 'none'")));
		return http.build();
	}

}
