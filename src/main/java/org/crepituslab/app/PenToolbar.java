package org.crepituslab.app;

import com.jfoenix.controls.JFXButton;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.PenLayer;
import org.crepituslab.framework.Strings;

/** The presenter's pen tools, shown while the pen or pointer is on: colours, pointer, clear, done. */
final class PenToolbar extends HBox {
    PenToolbar(PenLayer pen) {
        setId("pen-toolbar");
        getStyleClass().addAll("panel", "pen-toolbar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        int i = 1;
        for (Color c : PenLayer.COLOURS) {
            String name = Strings.format("pen.colour", i++);
            JFXButton swatch = ControlPanel.button("", name, () -> {
                pen.colourProperty().set(c);
                pen.modeProperty().set(PenLayer.Mode.PEN);
            });
            swatch.setGraphic(new Circle(9, c));
            getChildren().add(swatch);
        }
        JFXButton pointer = ControlPanel.button(Strings.get("pen.pointer"), Strings.get("shortcut.laser"),
                () -> pen.modeProperty().set(PenLayer.Mode.POINTER));
        JFXButton clear = ControlPanel.button(Strings.get("pen.clear"), Strings.get("shortcut.clear"), pen::clear);
        JFXButton done = ControlPanel.button(Strings.get("pen.done"), Strings.get("pen.done.help"),
                () -> pen.modeProperty().set(PenLayer.Mode.OFF));
        done.setId("pen-done");
        for (JFXButton b : new JFXButton[] {pointer, clear, done}) {
            b.getStyleClass().add("secondary-button");
        }
        getChildren().addAll(pointer, clear, done);
        visibleProperty().bind(pen.modeProperty().isNotEqualTo(PenLayer.Mode.OFF));
        managedProperty().bind(visibleProperty());
    }
}
