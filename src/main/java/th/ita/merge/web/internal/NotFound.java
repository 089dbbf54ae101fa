package th.ita.merge.web.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What a page was asked for is not there: answered with the Thai 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {

	NotFound() {
		super("not found");
	}

}
