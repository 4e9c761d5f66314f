package org.crepituslab.quiz.progress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crepituslab.framework.io.AtomicFiles;

/** Remembers which profile was used last, so the quiz reopens on the same learner's progress. */
public final class Profiles {
    private static final String FILE = "current-profile";

    private Profiles() {
    }

    public static String current(Path folder) {
        try {
            String name = Files.readString(folder.resolve(FILE), StandardCharsets.UTF_8).strip();
            return ProgressStore.PROFILE.matcher(name).matches() ? name : ProgressStore.DEFAULT_PROFILE;
        } catch (IOException e) {
            return ProgressStore.DEFAULT_PROFILE;
        }
    }

    public static void setCurrent(Path folder, String profile) throws IOException {
        AtomicFiles.write(folder.resolve(FILE), profile.getBytes(StandardCharsets.UTF_8));
    }
}
