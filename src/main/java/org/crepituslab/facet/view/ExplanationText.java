package org.crepituslab.facet.view;

import javafx.scene.control.Label;
import org.crepituslab.facet.model.ExamplePop;
import org.crepituslab.facet.model.PopEvent;
import org.crepituslab.facet.model.PopTrace;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.framework.Strings;

/**
 * The chosen explanation of the sound, in words. The collapse explanation names how far the last
 * pop's bubble collapsed (before the first pop, the example pop's).
 */
final class ExplanationText extends Label {
    ExplanationText() {
        setWrapText(true);
        setId("facet-explanation-text");
        getStyleClass().add("facet-explanation");
        setMinHeight(USE_PREF_SIZE);
        setMaxWidth(Double.MAX_VALUE);
    }

    void update(SoundExplanation e, PopEvent lastPop) {
        String key = "facet.explanation." + e.id() + ".text";
        if (e == SoundExplanation.COLLAPSE) {
            PopTrace t = lastPop != null ? lastPop.trace() : ExamplePop.trace();
            setText(Strings.format(key, String.format(Strings.locale(), "%.0f", t.collapseRatio() * 100)));
        } else {
            setText(Strings.get(key));
        }
    }
}
