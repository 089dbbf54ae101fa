package th.ita.merge.web.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The legal officer's sign-in: one account, whose password is set on the first start from the
 * office PC itself and kept only as a BCrypt hash in the history database.
 */
@Component
@ConditionalOnWebApplication
class OfficerAccount implements UserDetailsService {

	/** The one account's name; the sign-in page asks only for the password. */
	static final String NAME = "officer";

	/** The shortest password accepted. */
	static final int MIN_LENGTH = 8;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	OfficerAccount(JdbcClient jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	boolean passwordSet() {
		return hash().isPresent();
	}

	/** Sets the password once; false when one was set already (it is not replaced this way). */
	synchronized boolean setFirstPassword(String password) {
		if (passwordSet()) {
			return false;
		}
		this.jdbc.sql("INSERT INTO ITA_WEB_OFFICER (ID, PASSWORD_HASH, SET_AT) VALUES (1, ?, ?)")
			.params(this.encoder.encode(password), OffsetDateTime.now())
			.update();
		return true;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String hash = hash().filter((found) -> NAME.equals(username))
			.orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(NAME).password(hash).roles("OFFICER").build();
	}

	private Optional<String> hash() {
		return this.jdbc.sql("SELECT PASSWORD_HASH FROM ITA_WEB_OFFICER WHERE ID = 1").query(String.class).optional();
	}

}
