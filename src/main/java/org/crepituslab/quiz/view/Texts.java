package org.crepituslab.quiz.view;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.Bank;

/** Small helpers for wrapped labels and bank-overridable UI text. */
final class Texts {
    private Texts() {
    }

    static Label label(String text, String... styleClasses) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    /** The bank's "uiText" override of a label, else our own string quiz.ui.&lt;key&gt;. */
    static String ui(Bank bank, String key) {
        return bank.uiText(key).orElseGet(() -> Strings.get("quiz.ui." + key));
    }

    static String percent(double fraction) {
        return Strings.format("quiz.percent", Math.round(fraction * 100));
    }
}
