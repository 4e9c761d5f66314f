package org.crepituslab.framework;

import java.nio.file.Path;

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
