package org.crepituslab.framework;

import java.util.function.Function;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import com.jfoenix.controls.JFXButton;
import com.jfoenix.controls.JFXCheckBox;
import javafx.scene.control.RadioButton;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * The one way screens build their control panels: titled sections of sliders, check boxes, choice
 * groups and buttons, each with an accessible name and help, so no panel is copy-pasted.
 */
public class ControlPanel extends VBox {

    public ControlPanel() {
        getStyleClass().add("panel");
        setFillWidth(true);
    }

    public Label addTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-title");
        l.setWrapText(true);
        getChildren().add(l);
        return l;
    }

    public Label addText(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("muted");
        getChildren().add(l);
        return l;
    }

    public LabeledSlider addSlider(String name, String help, double min, double max, DoubleProperty property,
                                   DoubleFunction<String> format) {
        LabeledSlider s = new LabeledSlider(name, help, min, max, property, format);
        getChildren().add(s);
        return s;
    }

    public JFXCheckBox addCheckBox(String name, String help, BooleanProperty property) {
        JFXCheckBox box = new JFXCheckBox(name);
        box.selectedProperty().bindBidirectional(property);
        box.setAccessibleText(name);
        box.setAccessibleHelp(help);
        wrap(box);
        getChildren().add(box);
        return box;
    }

    public JFXButton addButton(String name, String help, Runnable action) {
        JFXButton b = button(name, help, action);
        b.getStyleClass().add("secondary-button");
        b.setMaxWidth(Double.MAX_VALUE);
        // a panel button wraps its words onto a second line rather than cutting them at large text sizes
        b.setWrapText(true);
        b.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().add(b);
        return b;
    }

    /** A group of radio buttons, one per choice, bound to an object property. */
    public <T> ToggleGroup addChoice(String groupName, List<T> choices, Function<T, String> label,
                                     ObjectProperty<T> property) {
        Label title = new Label(groupName);
        title.setWrapText(true);
        getChildren().add(title);
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(3);
        for (T choice : choices) {
            // the standard skin: JFoenix's measures wrapped text for a wider row than it lays out,
            // so a long choice lost its last line behind an ellipsis
            RadioButton rb = new RadioButton(label.apply(choice));
            rb.setUserData(choice);
            rb.setToggleGroup(group);
            wrap(rb);
            rb.setAccessibleText(groupName + ": " + label.apply(choice));
            rb.setAccessibleHelp(Strings.get("choice.help"));
            rb.setSelected(choice.equals(property.get()));
            box.getChildren().add(rb);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                @SuppressWarnings("unchecked")
                T value = (T) b.getUserData();
                property.set(value);
            }
        });
        property.addListener((o, a, b) -> group.getToggles().forEach(t -> {
            if (t.getUserData().equals(b)) {
                t.setSelected(true);
            }
        }));
        getChildren().add(box);
        return group;
    }

    public void add(Node node) {
        getChildren().add(node);
    }

    /**
     * Lets a check box or radio button wrap its text inside the panel's width: JFoenix skins report
     * their one-line width as minimum, which would otherwise push the panel wider than its column.
     */
    public static void wrap(Labeled labeled) {
        labeled.setWrapText(true);
        labeled.setMinWidth(0);
        labeled.setMinHeight(Region.USE_PREF_SIZE);
    }

    /** A button with an accessible name and help, used by panels and toolbars alike. */
    public static JFXButton button(String name, String help, Runnable action) {
        JFXButton b = new JFXButton(name);
        b.setAccessibleText(name);
        b.setAccessibleHelp(help);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(true);
        return b;
    }
}
