package org.crepituslab.manipulation.view;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ScrollPane;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.LiveScrollPane;
import org.crepituslab.framework.Strings;
import org.crepituslab.manipulation.model.ManipulationConstants;
import org.crepituslab.manipulation.model.ManipulationModel;
import org.crepituslab.manipulation.model.ManipulationSettings;
import org.crepituslab.manipulation.model.Technique;

/**
 * The learner's controls, forwarded to the model: technique, target, a restricted segment, the
 * thrust button, waiting time, replays, the self-adjusting schedule; then the teaching text.
 */
final class ManipulationControls {
    /** What the view does for the buttons that are not settings. */
    interface Actions {
        void thrust();

        void replay(double slowdown);

        void runWeeks();

        void setOblique(boolean on);
    }

    private ManipulationControls() {
    }

    static ScrollPane create(ManipulationModel model, Actions actions) {
        ManipulationSettings s = model.settings();
        ControlPanel panel = new ControlPanel();
        panel.setId("manipulation-controls");
        panel.addTitle(Strings.get("manipulation.controls.thrust"));
        // the action first, so it is in sight whatever the text size; the settings follow
        panel.addButton(Strings.get("manipulation.controls.go"), Strings.get("manipulation.controls.go.help"),
                actions::thrust).setId("manipulation-thrust");
        panel.addButton(Strings.get("manipulation.controls.replay"), Strings.get("manipulation.controls.replay.help"),
                () -> actions.replay(1)).setId("manipulation-replay");
        panel.addButton(Strings.get("manipulation.controls.slow"), Strings.get("manipulation.controls.slow.help"),
                () -> actions.replay(PopReplay.SLOWDOWN)).setId("manipulation-slow");
        ObjectProperty<Technique> technique = new SimpleObjectProperty<>(s.technique());
        panel.addChoice(Strings.get("manipulation.controls.technique"), List.of(Technique.values()),
                t -> Strings.get("manipulation.technique." + t.label()), technique);
        technique.addListener((o, a, b) -> s.setTechnique(b));
        ObjectProperty<LumbarLevel> target = new SimpleObjectProperty<>(s.target());
        panel.addChoice(Strings.get("manipulation.controls.target"), List.of(LumbarLevel.values()), LumbarLevel::label,
                target);
        target.addListener((o, a, b) -> s.setTarget(b));
        List<Integer> levels = new ArrayList<>(List.of(0));
        for (LumbarLevel level : LumbarLevel.values()) {
            levels.add(level.number());
        }
        LumbarLevel r = model.person().restricted();
        ObjectProperty<Integer> restricted = new SimpleObjectProperty<>(r == null ? 0 : r.number());
        panel.addChoice(Strings.get("manipulation.controls.restricted"), levels,
                i -> i == 0 ? Strings.get("manipulation.controls.none") : LumbarLevel.numbered(i).label(), restricted);
        restricted.addListener((o, a, b) -> model.setRestricted(b == 0 ? null : LumbarLevel.numbered(b)));
        BooleanProperty oblique = new SimpleBooleanProperty(false);
        panel.addCheckBox(Strings.get("manipulation.controls.oblique"), Strings.get("manipulation.controls.oblique.help"),
                oblique).setId("manipulation-oblique");
        oblique.addListener((o, a, b) -> actions.setOblique(b));
        ObjectProperty<Double> accel = new SimpleObjectProperty<>(s.timeAcceleration());
        List<Double> accels = new ArrayList<>();
        for (double a : ManipulationConstants.TIME_ACCELERATIONS) {
            accels.add(a);
        }
        panel.addChoice(Strings.get("manipulation.controls.waiting"), accels,
                a -> Strings.format("manipulation.controls.waiting.option", Math.round(a)), accel);
        accel.addListener((o, a, b) -> s.setTimeAcceleration(b));
        addSchedule(panel, s, actions);
        TeachingText.addTo(panel);
        ScrollPane scroll = new LiveScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(240);
        return scroll;
    }

    private static void addSchedule(ControlPanel panel, ManipulationSettings s, Actions actions) {
        panel.addTitle(Strings.get("manipulation.controls.schedule"));
        DoubleProperty perDay = new SimpleDoubleProperty(s.perDay());
        panel.addSlider(Strings.get("manipulation.controls.perDay"), Strings.get("manipulation.controls.perDay.help"), 1,
                ManipulationConstants.MAX_PER_DAY, perDay, v -> String.format(Strings.locale(), "%.0f", v))
                .setId("manipulation-perday");
        perDay.addListener((o, a, b) -> s.setPerDay((int) Math.round(b.doubleValue())));
        DoubleProperty weeks = new SimpleDoubleProperty(s.scheduleWeeks());
        panel.addSlider(Strings.get("manipulation.controls.weeks"), Strings.get("manipulation.controls.weeks.help"), 1,
                ManipulationConstants.MAX_WEEKS, weeks, v -> String.format(Strings.locale(), "%.0f", v))
                .setId("manipulation-weeks-slider");
        weeks.addListener((o, a, b) -> s.setScheduleWeeks((int) Math.round(b.doubleValue())));
        panel.addButton(Strings.get("manipulation.controls.runWeeks"), Strings.get("manipulation.controls.runWeeks.help"),
                actions::runWeeks).setId("manipulation-run-weeks");
    }
}
