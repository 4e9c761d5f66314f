package org.crepituslab.classroom.view;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.crepituslab.classroom.ClassroomText;
import org.crepituslab.classroom.model.Tally;

/** The reveal histogram: one row per option (its text, a bar as long as its share, the count); right ones marked. */
final class AnswerBars extends VBox {
    private final ClassroomText text;

    AnswerBars(ClassroomText text) {
        super(6);
        this.text = text;
        setId("class-bars");
        getStyleClass().add("class-bars");
    }

    void show(List<Tally> tallies) {
        getChildren().clear();
        int max = Math.max(1, tallies.stream().mapToInt(Tally::count).max().orElse(1));
        for (Tally t : tallies) {
            String label = t.id().equals(t.label()) && List.of(Tally.RIGHT, Tally.PARTLY, Tally.WRONG).contains(t.id())
                    ? text.get("class." + t.id()) : t.label();
            Label name = new Label((t.correct() ? "\u2714 " : "") + label);
            name.setWrapText(true);
            name.setMinWidth(0);
            name.setPrefWidth(320);
            name.getStyleClass().add(t.correct() ? "class-bar-right" : "class-bar-label");
            Region bar = new Region();
            bar.getStyleClass().add(t.correct() ? "class-bar-fill-right" : "class-bar-fill");
            bar.setMinHeight(18);
            StackPane track = new StackPane(bar);
            track.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(track, Priority.ALWAYS);
            bar.maxWidthProperty().bind(track.widthProperty().multiply(t.count() / (double) max));
            bar.prefWidthProperty().bind(bar.maxWidthProperty());
            Label count = new Label(Integer.toString(t.count()));
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(10, name, track, count);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
    }
}
