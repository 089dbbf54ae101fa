package th.ita.merge.merge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The report documents are written beside the workbook, and no failure of either is lost. */
class SideBySideTests {

	@Test
	void writesBothAtOnceOnTwoThreads() throws IOException {
		CountDownLatch both = new CountDownLatch(2);
		AtomicReference<Thread> aside = new AtomicReference<>();
		SideBySide.run(() -> {
			aside.set(Thread.currentThread());
			meet(both);
		}, () -> meet(both));
		assertThat(aside.get()).isNotNull().isNotSameAs(Thread.currentThread());
		assertThat(both.getCount()).isZero();
	}

	@Test
	void throwsWhatTheOtherThreadFailedWithAfterItsOwnWritingIsDone() {
		AtomicBoolean written = new AtomicBoolean();
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> SideBySide.run(() -> {
			throw new IOException("documents");
		}, () -> written.set(true))).withMessage("documents");
		assertThat(written).isTrue();
	}

	@Test
	void waitsForTheOtherThreadWhenItsOwnWritingFailsAndKeepsBothFailures() {
		AtomicBoolean asideDone = new AtomicBoolean();
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> SideBySide.run(() -> {
			sleep(200);
			asideDone.set(true);
			throw new IOException("documents");
		}, () -> {
			throw new IllegalStateException("workbook");
		})).withMessage("workbook").satisfies((ex) -> {
			assertThat(asideDone).as("the other thread finished before the failure was thrown").isTrue();
			assertThat(ex.getSuppressed()).extracting(Throwable::getMessage).containsExactly("documents");
		});
	}

	/** Both pieces must be under way at once for either to get past this. */
	private static void meet(CountDownLatch both) throws IOException {
		both.countDown();
		try {
			if (!both.await(10, TimeUnit.SECONDS)) {
				throw new IOException("the other piece never started");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private static void sleep(long millis) throws IOException {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}
