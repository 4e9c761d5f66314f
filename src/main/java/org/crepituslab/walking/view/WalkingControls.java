package org.crepituslab.walking.view;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.LiveScrollPane;
import org.crepituslab.framework.Strings;
import org.crepituslab.walking.model.Causes;
import org.crepituslab.walking.model.FixRun;
import org.crepituslab.walking.model.WalkingModel;

/**
 * The causes a learner sets (tightness, core, glutes, speed, a structural problem), forwarded to the
 * model, and "try the fix": weeks of core training and stretching that the model plays over the
 * walk. The sliders follow the model while the programme changes the causes.
 */
final class WalkingControls {
    private static final double WEEKS_MIN = 2;
    private static final double WEEKS_MAX = 24;
    private static final double WEEKS_DEFAULT = 12;
    private final WalkingModel model;
    private final DoubleProperty tight;
    private final DoubleProperty core;
    private final DoubleProperty glutes;
    private final DoubleProperty speed;
    private final ObjectProperty<Integer> level;
    private final DoubleProperty weeks = new SimpleDoubleProperty(WEEKS_DEFAULT);
    private final Label progress;
    private final ScrollPane pane;
    /** True while the controls copy the model's causes, so that copy is not sent back as a user's change. */
    private boolean syncing;

    WalkingControls(WalkingModel model) {
        this.model = model;
        ControlPanel panel = new ControlPanel();
        panel.setId("walking-controls");
        panel.addTitle(Strings.get("walking.controls.causes"));
        Causes c = model.causes();
        tight = slider(panel, "tightness", c.hipFlexorTightness(), 0, 1, "%.2f");
        core = slider(panel, "core", c.core(), 0, 1, "%.2f");
        glutes = slider(panel, "glutes", c.glutes(), 0, 1, "%.2f");
        speed = slider(panel, "speed", c.speed(), Causes.SPEED_MIN, Causes.SPEED_MAX, "%.1f m/s");
        tight.addListener((o, a, b) -> change(model.causes().withTightness(b.doubleValue())));
        core.addListener((o, a, b) -> change(model.causes().withCore(b.doubleValue())));
        glutes.addListener((o, a, b) -> change(model.causes().withGlutes(b.doubleValue())));
        speed.addListener((o, a, b) -> change(model.causes().withSpeed(b.doubleValue())));
        level = new SimpleObjectProperty<>(c.structuralLevel());
        List<Integer> levels = List.of(0, 1, 2, 3, 4, 5);
        panel.addChoice(Strings.get("walking.controls.structural"), levels,
                i -> i == 0 ? Strings.get("walking.controls.structural.none") : LumbarLevel.values()[i - 1].label(), level);
        level.addListener((o, a, b) -> change(model.causes().withStructuralLevel(b)));

        panel.addTitle(Strings.get("walking.fix.title"));
        panel.addSlider(Strings.get("walking.fix.weeks"), Strings.get("walking.fix.weeks.help"), WEEKS_MIN, WEEKS_MAX,
                weeks, v -> Strings.format("walking.fix.weeks.value", Math.round(v))).setId("walking-fix-weeks");
        panel.addButton(Strings.get("walking.fix.start"), Strings.get("walking.fix.start.help"),
                () -> model.startFix(Math.round(weeks.get()))).setId("walking-fix");
        progress = panel.addText("");
        progress.setId("walking-fix-progress");
        panel.addText(Strings.format("walking.fix.note", format(FixRun.WEEKS_PER_STRIDE, "%.1f")));
        panel.addText(Strings.get("walking.disclaimer"));
        pane = new LiveScrollPane(panel);
        pane.setFitToWidth(true);
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane.setMinWidth(240);
    }

    ScrollPane pane() {
        return pane;
    }

    private void change(Causes c) {
        if (!syncing) {
            model.setCauses(c);
        }
    }

    /** Copies the model's causes into the controls (the fix programme, a story scene or a reset changed them). */
    void sync() {
        Causes c = model.causes();
        syncing = true;
        try {
            set(tight, c.hipFlexorTightness());
            set(core, c.core());
            set(glutes, c.glutes());
            set(speed, c.speed());
            if (level.get() != c.structuralLevel()) {
                level.set(c.structuralLevel());
            }
        } finally {
            syncing = false;
        }
        progress.setText(progressText(c));
    }

    private String progressText(Causes c) {
        FixRun fix = model.fix();
        if (fix.weeks() <= 0) {
            return "";
        }
        String core = format(c.core(), "%.2f");
        String tightness = format(c.hipFlexorTightness(), "%.2f");
        String text = fix.running()
                ? Strings.format("walking.fix.progress", format(fix.weeks(), "%.1f"), Math.round(fix.targetWeeks()), core,
                        tightness)
                : Strings.format("walking.fix.done", Math.round(fix.weeks()), core, tightness);
        return c.structuralLevel() > 0 ? text + " " + Strings.get("walking.fix.structural") : text;
    }

    private static void set(DoubleProperty p, double v) {
        if (p.get() != v) {
            p.set(v);
        }
    }

    private static String format(double v, String pattern) {
        return String.format(Strings.locale(), pattern, v);
    }

    private static DoubleProperty slider(ControlPanel panel, String key, double value, double min, double max,
            String format) {
        DoubleProperty p = new SimpleDoubleProperty(value);
        panel.addSlider(Strings.get("walking.controls." + key), Strings.get("walking.controls." + key + ".help"), min, max,
                p, v -> String.format(Strings.locale(), format, v)).setId("walking-" + key);
        return p;
    }
}
