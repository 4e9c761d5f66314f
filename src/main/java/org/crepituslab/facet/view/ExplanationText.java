package org.crepituslab.facet.view;

import javafx.scene.control.Label;
import org.crepituslab.facet.model.ExamplePop;
import org.crepituslab.facet.model.PopEvent;
import org.crepituslab.facet.model.PopTrace;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.facet.model.SoundPath;
import org.crepituslab.facet.sound.HeardPop;
import org.crepituslab.framework.Strings;

/**
 * The chosen explanation of the sound, in words. The collapse explanation names how far the last
 * pop's bubble collapsed (before the first pop, the example pop's); every explanation then states
 * how loud each moment alone would be at the listening distance, and which of them is loud enough
 * to be the crack people hear.
 */
final class ExplanationText extends Label {
    /** The moments' levels, under the explanation. */
    private final Label loudness = new Label();

    ExplanationText() {
        loudness.setWrapText(true);
        loudness.setId("facet-explanation-loudness");
        loudness.getStyleClass().add("facet-explanation");
        loudness.setMinHeight(USE_PREF_SIZE);
        loudness.setMaxWidth(Double.MAX_VALUE);
        setWrapText(true);
        setId("facet-explanation-text");
        getStyleClass().add("facet-explanation");
        setMinHeight(USE_PREF_SIZE);
        setMaxWidth(Double.MAX_VALUE);
    }

    void update(SoundExplanation e, PopEvent lastPop) {
        String key = "facet.explanation." + e.id() + ".text";
        PopTrace t = lastPop != null ? lastPop.trace() : ExamplePop.trace();
        String text = e == SoundExplanation.COLLAPSE
                ? Strings.format(key, String.format(Strings.locale(), "%.0f", t.collapseRatio() * 100))
                : Strings.get(key);
        setText(text);
        loudness.setText(levels(e, t));
    }

    /** The label stating how loud each moment alone would be. */
    Label loudness() {
        return loudness;
    }

    /** How loud each moment alone would be at the listening distance, and which is loud enough. */
    static String levels(SoundExplanation chosen, PopTrace t) {
        double d = SoundPath.LISTENING_DISTANCE;
        double[] db = new double[SoundExplanation.values().length];
        StringBuilder loud = new StringBuilder();
        int loudCount = 0;
        for (SoundExplanation e : SoundExplanation.values()) {
            db[e.ordinal()] = HeardPop.of(t, e, d).peakDbSpl();
            if (SoundPath.plainlyHeard(db[e.ordinal()])) {
                loud.append(loud.length() > 0 ? ", " : "").append(Strings.get("facet.explanation." + e.id() + ".short"));
                loudCount++;
            }
        }
        String levels = Strings.format("facet.explanation.levels", fmt(d * 100), fmt(db[chosen.ordinal()]),
                fmt(db[SoundExplanation.FORMATION.ordinal()]), fmt(db[SoundExplanation.COLLAPSE.ordinal()]),
                fmt(db[SoundExplanation.PARTIAL_COLLAPSE.ordinal()]));
        String match = loudCount == db.length ? Strings.format("facet.explanation.match.all", fmt(SoundPath.QUIET_ROOM_DB))
                : loudCount == 0 ? Strings.format("facet.explanation.match.none", fmt(SoundPath.QUIET_ROOM_DB))
                : Strings.format("facet.explanation.match.some", fmt(SoundPath.QUIET_ROOM_DB), loud.toString());
        return levels + " " + match;
    }

    private static String fmt(double v) {
        return String.format(Strings.locale(), "%.0f", v);
    }
}
