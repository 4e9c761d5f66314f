package org.crepituslab.quiz.model;

import java.io.IOException;

/** Where a profile's progress is kept; the file store lives in quiz.progress, tests use {@link #inMemory()}. */
public interface ProgressRepository {
    /** What was loaded, and a message for the user if something was wrong (else null). */
    record Loaded(Progress progress, String problem) {
    }

    /** Never fails: an unreadable store gives empty progress and a problem message. */
    Loaded load();

    void save(Progress progress) throws IOException;

    /** The profile this repository belongs to. */
    String profile();

    static ProgressRepository inMemory() {
        return new ProgressRepository() {
            private Progress stored = Progress.EMPTY;

            @Override
            public Loaded load() {
                return new Loaded(stored, null);
            }

            @Override
            public void save(Progress progress) {
                stored = progress;
            }

            @Override
            public String profile() {
                return "memory";
            }
        };
    }
}
