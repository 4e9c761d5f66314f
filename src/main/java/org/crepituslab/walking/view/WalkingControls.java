package org.crepituslab.walking.view;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ScrollPane;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.LiveScrollPane;
import org.crepituslab.framework.Strings;
import org.crepituslab.walking.model.Causes;
import org.crepituslab.walking.model.LumbarLevel;
import org.crepituslab.walking.model.WalkingModel;

/** The causes a learner sets (tightness, core, glutes, speed, a structural problem), forwarded to the model. */
final class WalkingControls {
    private WalkingControls() {
    }

    static ScrollPane create(WalkingModel model) {
        ControlPanel panel = new ControlPanel();
        panel.setId("walking-controls");
        panel.addTitle(Strings.get("walking.controls.causes"));
        Causes c = model.causes();
        DoubleProperty tight = slider(panel, "tightness", c.hipFlexorTightness(), 0, 1, "%.2f");
        DoubleProperty core = slider(panel, "core", c.core(), 0, 1, "%.2f");
        DoubleProperty glutes = slider(panel, "glutes", c.glutes(), 0, 1, "%.2f");
        DoubleProperty speed = slider(panel, "speed", c.speed(), Causes.SPEED_MIN, Causes.SPEED_MAX, "%.1f m/s");
        tight.addListener((o, a, b) -> model.setCauses(model.causes().withTightness(b.doubleValue())));
        core.addListener((o, a, b) -> model.setCauses(model.causes().withCore(b.doubleValue())));
        glutes.addListener((o, a, b) -> model.setCauses(model.causes().withGlutes(b.doubleValue())));
        speed.addListener((o, a, b) -> model.setCauses(model.causes().withSpeed(b.doubleValue())));
        ObjectProperty<Integer> level = new SimpleObjectProperty<>(c.structuralLevel());
        List<Integer> levels = List.of(0, 1, 2, 3, 4, 5);
        panel.addChoice(Strings.get("walking.controls.structural"), levels,
                i -> i == 0 ? Strings.get("walking.controls.structural.none") : LumbarLevel.values()[i - 1].label(), level);
        level.addListener((o, a, b) -> model.setCauses(model.causes().withStructuralLevel(b)));
        panel.addText(Strings.get("walking.disclaimer"));
        ScrollPane scroll = new LiveScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(240);
        return scroll;
    }

    private static DoubleProperty slider(ControlPanel panel, String key, double value, double min, double max,
            String format) {
        DoubleProperty p = new SimpleDoubleProperty(value);
        panel.addSlider(Strings.get("walking.controls." + key), Strings.get("walking.controls." + key + ".help"), min, max,
                p, v -> String.format(Strings.locale(), format, v)).setId("walking-" + key);
        return p;
    }
}
