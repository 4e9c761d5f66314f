package org.crepituslab.framework;

import javafx.beans.binding.Bindings;
import com.jfoenix.controls.JFXSlider;
import java.util.function.DoubleFunction;
import javafx.beans.property.DoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A slider with its name and current value (with unit) above it, bound both ways to a model
 * property. Keyboard: arrows move by the block increment. The accessible text is the name plus the
 * formatted value, so a screen reader says "Joint gap, 0.40 mm" not "0.4".
 */
public final class LabeledSlider extends VBox {
    private final JFXSlider slider;
    private final Label valueLabel = new Label();

    public LabeledSlider(String name, String help, double min, double max, DoubleProperty property,
                         DoubleFunction<String> format) {
        Label nameLabel = new Label(name);
        nameLabel.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(nameLabel, spacer, valueLabel);
        valueLabel.getStyleClass().add("muted");
        valueLabel.setMinWidth(Region.USE_PREF_SIZE);
        slider = new JFXSlider(min, max, property.get());
        slider.setIndicatorPosition(JFXSlider.IndicatorPosition.LEFT);
        slider.setValueFactory(s -> Bindings.createStringBinding(
                () -> format.apply(s.getValue()), s.valueProperty()));
        slider.setBlockIncrement((max - min) / 50);
        slider.valueProperty().bindBidirectional(property);
        nameLabel.setLabelFor(slider);
        Runnable update = () -> {
            String text = format.apply(slider.getValue());
            valueLabel.setText(text);
            slider.setAccessibleText(name + ", " + text);
        };
        slider.valueProperty().addListener((o, a, b) -> update.run());
        update.run();
        slider.setAccessibleHelp(help);
        getChildren().addAll(header, slider);
        setSpacing(2);
        getStyleClass().add("labeled-slider");
    }

    public JFXSlider slider() {
        return slider;
    }

    public void setBlockIncrement(double increment) {
        slider.setBlockIncrement(increment);
    }
}
