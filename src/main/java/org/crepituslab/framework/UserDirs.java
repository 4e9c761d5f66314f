package org.crepituslab.framework;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Where the app keeps user files, following the XDG base-directory convention. */
public final class UserDirs {
    public static final String APP_DIR = "crepitus-lab";

    private UserDirs() {
    }

    /** $XDG_DATA_HOME/crepitus-lab, else ~/.local/share/crepitus-lab: quiz progress. */
    public static Path dataDir() {
        return base("XDG_DATA_HOME", ".local/share").resolve(APP_DIR);
    }

    /** $XDG_CONFIG_HOME/crepitus-lab, else ~/.config/crepitus-lab: preferences. */
    public static Path configDir() {
        return base("XDG_CONFIG_HOME", ".config").resolve(APP_DIR);
    }

    /**
     * Where pictures go: what {@code xdg-user-dir PICTURES} says (the desktop's own setting, e.g. a
     * localised "Imágenes"), else ~/Pictures. Created if missing.
     */
    public static Path picturesDir() throws IOException {
        Path home = Path.of(System.getProperty("user.home"));
        Path dir = home.resolve("Pictures");
        String override = System.getProperty("crepituslab.PICTURES");
        if (override != null && !override.isBlank()) {
            dir = Path.of(override);
        } else {
            String xdg = xdgUserDir("PICTURES");
            // xdg-user-dir answers the home folder itself when PICTURES is not set
            String envHome = System.getenv("HOME");
            if (xdg != null && !xdg.isBlank() && !Path.of(xdg).equals(home)
                    && (envHome == null || !Path.of(xdg).equals(Path.of(envHome)))) {
                dir = Path.of(xdg);
            }
        }
        Files.createDirectories(dir);
        return dir;
    }

    private static String xdgUserDir(String name) {
        try {
            Process p = new ProcessBuilder("xdg-user-dir", name).redirectErrorStream(true).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null; // not a freedesktop system: the fallback is fine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Path base(String env, String fallback) {
        String override = System.getProperty("crepituslab." + env);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String value = System.getenv(env);
        if (value != null && !value.isBlank()) {
            return Path.of(value);
        }
        return Path.of(System.getProperty("user.home"), fallback);
    }
}
