package org.crepituslab.classroom.model;

import java.util.Locale;

/** Where a class session is: before the first question, answering, showing the answers, over. */
public enum SessionState {
    WAITING, OPEN, REVEALED, ENDED;

    /** The word of the HTTP contract ("open", "revealed", "waiting", "ended"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
