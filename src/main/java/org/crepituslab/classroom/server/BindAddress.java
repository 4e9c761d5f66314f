package org.crepituslab.classroom.server;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Optional;

/**
 * Which interface the server listens on. By default the machine's address on the room's network
 * (the first site-local IPv4 address of an interface that is up), else loopback with a message
 * saying students on other devices cannot join. Never every interface unless the teacher asks.
 *
 * @param listen  the address to bind
 * @param shown   the address students type (for 0.0.0.0 the LAN address, or loopback)
 * @param message a warning for the teacher, or null
 */
public record BindAddress(InetAddress listen, InetAddress shown, String message) {

    /** The teacher's --bind value, or null for the default. */
    public static BindAddress choose(String requested) throws IOException {
        Optional<InetAddress> lan = lanAddress();
        if (requested == null) {
            return lan.map(a -> new BindAddress(a, a, null)).orElseGet(() -> new BindAddress(
                    InetAddress.getLoopbackAddress(), InetAddress.getLoopbackAddress(),
                    "no network address found: serving on loopback only, so students on other devices cannot join"));
        }
        InetAddress a;
        try {
            a = InetAddress.getByName(requested);
        } catch (UnknownHostException e) {
            throw new IOException("--bind: unknown address " + requested);
        }
        if (a.isAnyLocalAddress()) {
            InetAddress shown = lan.orElse(InetAddress.getLoopbackAddress());
            return new BindAddress(a, shown, "listening on every network interface of this machine, as --bind asked");
        }
        if (!isLocal(a)) {
            throw new IOException("--bind: " + requested + " is not an address of this machine");
        }
        return new BindAddress(a, a, null);
    }

    static Optional<InetAddress> lanAddress() {
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp() || ni.isLoopback() || ni.isVirtual()) {
                    continue;
                }
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet4Address && a.isSiteLocalAddress()) {
                        return Optional.of(a);
                    }
                }
            }
        } catch (SocketException e) {
            // no interfaces to list: loopback it is
        }
        return Optional.empty();
    }

    /** Whether an address belongs to this machine (loopback or one of its interfaces). */
    static boolean isLocal(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return true;
        }
        try {
            return NetworkInterface.getByInetAddress(a) != null;
        } catch (SocketException e) {
            return false;
        }
    }

    /** The address as it goes into a URL (IPv6 in brackets). */
    public String urlHost() {
        String h = shown.getHostAddress();
        return h.contains(":") ? "[" + h + "]" : h;
    }
}
