package org.crepituslab.facet.view;

import com.jfoenix.controls.JFXRadioButton;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.facet.model.JointModel;
import org.crepituslab.framework.Strings;

/**
 * The time acceleration (×1, ×60, ×600) as radio buttons beside the time controls, so the
 * refractory period of about twenty minutes can be watched; they follow the model when something
 * else changes it.
 */
final class TimeAccelerationChoice extends HBox {
    /** Gap between JFoenix radio buttons so their clickable ripples do not overlap, px. */
    private static final double RADIO_RIPPLE_GAP = 12;

    TimeAccelerationChoice(JointModel model) {
        super(RADIO_RIPPLE_GAP);
        Label label = new Label(Strings.get("facet.accel.label"));
        ToggleGroup group = new ToggleGroup();
        getChildren().add(label);
        setAlignment(Pos.CENTER_LEFT);
        for (double a : FacetConstants.TIME_ACCELERATIONS) {
            String text = Strings.format("facet.accel.option", (long) a);
            JFXRadioButton rb = new JFXRadioButton(text);
            rb.setId("facet-accel-" + (long) a);
            rb.setToggleGroup(group);
            rb.setUserData(a);
            rb.setAccessibleText(label.getText() + " " + text);
            rb.setAccessibleHelp(Strings.format("facet.accel.help", (long) a));
            rb.setSelected(a == model.timeAccelerationProperty().get());
            rb.setOnAction(e -> model.timeAccelerationProperty().set(a));
            getChildren().add(rb);
        }
        model.timeAccelerationProperty().addListener((o, a, b) -> group.getToggles().forEach(t ->
                t.setSelected((double) t.getUserData() == b.doubleValue())));
    }
}
