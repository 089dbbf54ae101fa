package th.ita.merge;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ItaMergeApplication {
	public static void main(String[] args) {
	}
}
