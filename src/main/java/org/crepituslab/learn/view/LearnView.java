package org.crepituslab.learn.view;

import javafx.geometry.Insets;
import javafx.scene.layout.Region;
import java.util.Locale;
import javafx.scene.AccessibleRole;
import com.jfoenix.controls.JFXCheckBox;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Strings;
import org.crepituslab.learn.model.Assessment;
import org.crepituslab.learn.model.Concern;
import org.crepituslab.learn.model.LearnModel;
import org.crepituslab.learn.model.Observation;

/** The Learn screen: the seed content on the left, the "which of these apply?" checklist on the right. */
public final class LearnView extends ScreenView {
    private final LearnModel model;
    private final VBox verdict = new VBox(8);

    public LearnView(LearnModel model) {
        super(model);
        this.model = model;
        VBox article = new VBox(10);
        article.getStyleClass().add("learn-article");
        article.setPadding(new Insets(16, 24, 24, 24));
        article.getChildren().addAll(
                Notices.notice(Strings.get("learn.disclaimer.title"), Strings.get("learn.disclaimer")),
                section("learn.why.title"), para("learn.why.intro"),
                subsection("learn.why.cavitation.title"), para("learn.why.cavitation"),
                subsection("learn.why.snapping.title"), para("learn.why.snapping"),
                subsection("learn.why.grinding.title"), para("learn.why.grinding"),
                section("learn.harmless.title"), para("learn.harmless"),
                section("learn.posture.title"), para("learn.posture"),
                section("learn.warning.title"), bullets("learn.warning.", 6),
                Notices.emergency(Strings.get("learn.emergency.title"), Strings.get("learn.emergency")),
                section("learn.selfadjust.title"), para("learn.selfadjust"),
                section("learn.steps.title"), para("learn.steps"),
                section("learn.pro.title"), para("learn.pro"));
        ScrollPane scroll = new ScrollPane(article);
        scroll.setFitToWidth(true);
        scroll.setId("learn-article");
        layoutStandard(scroll, checklist());
        model.assessmentProperty().addListener((o, a, b) -> showVerdict(b));
        showVerdict(model.assessmentProperty().get());
    }

    private ScrollPane checklist() {
        ControlPanel panel = new ControlPanel();
        panel.setId("learn-checklist");
        panel.addTitle(Strings.get("learn.check.title"));
        panel.addText(Strings.get("learn.check.intro"));
        for (Observation o : Observation.values()) {
            JFXCheckBox box = new JFXCheckBox(Strings.get("learn.check." + o.id()));
            box.setId("check-" + o.id());
            ControlPanel.wrap(box);
            box.setAccessibleText(box.getText());
            box.setAccessibleHelp(Strings.get("learn.check.item.help"));
            box.setSelected(model.isTicked(o));
            box.selectedProperty().addListener((obs, a, b) -> model.setTicked(o, b));
            model.assessmentProperty().addListener((obs, a, b) -> box.setSelected(model.isTicked(o)));
            panel.add(box);
        }
        panel.addButton(Strings.get("learn.check.clear"), Strings.get("learn.check.clear.help"), this::resetAll);
        verdict.setId("learn-verdict");
        verdict.setAccessibleRole(AccessibleRole.TEXT);
        panel.add(verdict);
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(380);
        scroll.setMinWidth(300);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private void showVerdict(Assessment a) {
        verdict.getChildren().clear();
        if (a.isEmpty()) {
            verdict.getChildren().add(wrapped(Strings.get("learn.check.none"), "muted"));
            verdict.setAccessibleText(Strings.get("learn.check.none"));
            return;
        }
        String overall = Strings.get("learn.check.overall." + key(a.overall()));
        Label summary = wrapped(overall, "verdict-heading");
        summary.setId("verdict-summary");
        verdict.getChildren().add(summary);
        addGroup(Concern.EMERGENCY, a.emergency());
        addGroup(Concern.WARNING, a.warnings());
        addGroup(Concern.BENIGN, a.reassuring());
        if (a.benignHeldBack()) {
            Label held = wrapped(Strings.get("learn.check.benignHeldBack"), "body-text");
            held.setId("verdict-held-back");
            verdict.getChildren().add(held);
        }
        verdict.setAccessibleText(overall);
        captions().show(overall);
    }

    private void addGroup(Concern level, List<Observation> items) {
        if (items.isEmpty()) {
            return;
        }
        VBox box = new VBox(4);
        box.getStyleClass().add("verdict-" + key(level));
        box.setId("verdict-" + key(level));
        box.getChildren().add(wrapped(Strings.get("learn.check.heading." + key(level)), "verdict-heading"));
        for (Observation o : items) {
            box.getChildren().add(wrapped(Strings.get("learn.check." + o.id() + ".why"), "body-text"));
        }
        verdict.getChildren().add(box);
    }

    private static String key(Concern c) {
        return c.name().toLowerCase(Locale.ROOT);
    }

    private static Label section(String key) {
        return wrapped(Strings.get(key), "section-title");
    }

    private static Label subsection(String key) {
        return wrapped(Strings.get(key), "panel-title");
    }

    private static Label para(String key) {
        return wrapped(Strings.get(key), "body-text");
    }

    private static VBox bullets(String prefix, int count) {
        VBox box = new VBox(4);
        for (int i = 1; i <= count; i++) {
            box.getChildren().add(wrapped("\u2022  " + Strings.get(prefix + i), "body-text"));
        }
        return box;
    }

    static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
