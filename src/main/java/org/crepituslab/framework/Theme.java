package org.crepituslab.framework;

import java.util.Locale;

/** The colour profiles: everyday, and high-contrast for projectors. */
public enum Theme {
    DEFAULT, PROJECTOR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "default" or "projector"; null for anything else. */
    public static Theme fromId(String id) {
        for (Theme t : values()) {
            if (t.id().equalsIgnoreCase(id)) {
                return t;
            }
        }
        return null;
    }
}
