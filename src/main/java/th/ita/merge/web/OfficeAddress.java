package th.ita.merge.web;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Optional;

/**
 * The address other computers on the office network open: this PC's own IPv4 address on the
 * network (a private one such as 192.168.1.20 first), where {@code localhost} means nothing to them.
 */
public final class OfficeAddress {

	private OfficeAddress() {
	}

	/** "http://192.168.1.20:8080", or empty when this PC is on no network. */
	public static Optional<String> forOthers(int port) {
		return networkAddress().map((address) -> "http://" + address.getHostAddress() + ":" + port);
	}

	/** "http://localhost:8080": the address on this PC. */
	public static String here(int port) {
		return "http://localhost:" + port;
	}

	private static Optional<InetAddress> networkAddress() {
		InetAddress found = null;
		try {
			for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
				if (!face.isUp() || face.isLoopback() || face.isVirtual()) {
					continue;
				}
				for (InetAddress address : Collections.list(face.getInetAddresses())) {
					if (address instanceof Inet4Address && !address.isLoopbackAddress()
							&& (found == null || (address.isSiteLocalAddress() && !found.isSiteLocalAddress()))) {
						found = address;
					}
				}
			}
		}
		catch (SocketException ex) {
			return Optional.empty();
		}
		return Optional.ofNullable(found);
	}

}
