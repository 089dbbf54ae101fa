package th.ita.merge.web.internal;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each division's upload link, {@code /upload/<token>}: 32 random bytes, so a link cannot be
 * guessed from another. The officer can revoke a link and issue a new one; a revoked token is kept
 * so that whoever still holds it is told it was revoked rather than that it never existed.
 */
@Component
@ConditionalOnWebApplication
class DivisionLinks {

	/** What a token is: a division's live link, a revoked one, or nothing known. */
	sealed interface Holder {

		record Live(String divisionCode) implements Holder {
		}

		record Revoked(String divisionCode) implements Holder {
		}

		record Unknown() implements Holder {
		}

	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	DivisionLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The division's live token, issued now when it has none. */
	synchronized String tokenOf(String divisionCode) {
		return live(divisionCode).orElseGet(() -> issue(divisionCode));
	}

	/** Revokes the division's live token and issues a new one, which it returns. */
	synchronized String reissue(String divisionCode) {
		this.jdbc.sql("UPDATE ITA_WEB_LINK SET REVOKED_AT = ? WHERE DIVISION_CODE = ? AND REVOKED_AT IS NULL")
			.params(OffsetDateTime.now(), divisionCode)
			.update();
		return issue(divisionCode);
	}

	Holder holder(String token) {
		if (token == null || token.length() > 100) {
			return new Holder.Unknown();
		}
		return this.jdbc.sql("SELECT DIVISION_CODE, REVOKED_AT FROM ITA_WEB_LINK WHERE TOKEN = ?")
			.param(token)
			.query((rs, n) -> (rs.getObject(2) == null) ? (Holder) new Holder.Live(rs.getString(1))
					: new Holder.Revoked(rs.getString(1)))
			.optional()
			.orElseGet(Holder.Unknown::new);
	}

	private Optional<String> live(String divisionCode) {
		return this.jdbc
			.sql("SELECT TOKEN FROM ITA_WEB_LINK WHERE DIVISION_CODE = ? AND REVOKED_AT IS NULL ORDER BY ISSUED_AT DESC")
			.param(divisionCode)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	private String issue(String divisionCode) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("INSERT INTO ITA_WEB_LINK (TOKEN, DIVISION_CODE, ISSUED_AT) VALUES (?, ?, ?)")
			.params(token, divisionCode, OffsetDateTime.now())
			.update();
		return token;
	}

}
