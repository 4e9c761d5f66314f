package org.crepituslab.quiz.view;

import java.util.Locale;
import org.crepituslab.framework.Strings;
import org.crepituslab.sound.Acoustics;

/**
 * A sound described by its acoustics only (how long, how sudden, one burst or many, how high),
 * never by what made it: the alternative for learners who cannot hear it, which must not give the
 * answer away. The meaning comes with the feedback.
 */
final class SoundWords {
    /** One burst longer than this is heard as a continuous sound rather than a click. */
    static final double CONTINUOUS_S = 0.3;
    static final double SUDDEN_ONSET_S = 0.002;
    static final double SOFT_ONSET_S = 0.02;

    private SoundWords() {
    }

    static String describe(Acoustics a) {
        String onset = Strings.get(a.attackS() <= SUDDEN_ONSET_S ? "quiz.sound.onset.sudden"
                : a.attackS() <= SOFT_ONSET_S ? "quiz.sound.onset.soft" : "quiz.sound.onset.gradual");
        String pitch = frequency(a.peakHz());
        if (a.bursts() > 1) {
            return Strings.format("quiz.sound.acoustics.repeated", a.bursts(), duration(a.durationS()), onset, pitch);
        }
        String key = a.durationS() > CONTINUOUS_S ? "quiz.sound.acoustics.continuous" : "quiz.sound.acoustics.single";
        return Strings.format(key, duration(a.durationS()), onset, pitch);
    }

    static String duration(double s) {
        return s < 1 ? String.format(Locale.ROOT, "%d ms", Math.max(1, Math.round(s * 1000)))
                : String.format(Strings.locale(), "%.1f s", s);
    }

    static String frequency(double hz) {
        return hz < 1000 ? String.format(Locale.ROOT, "%d Hz", Math.round(hz / 10) * 10)
                : String.format(Strings.locale(), "%.1f kHz", hz / 1000);
    }
}
