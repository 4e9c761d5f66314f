package org.crepituslab.app;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.Strings;

/** The home screen: a card per screen with its title, a one-line description and a thumbnail. */
public final class HomeView extends ScrollPane {
    private static final double THUMB_W = 280;
    private static final double THUMB_H = 175;

    public HomeView(Consumer<Screen<?>> open) {
        Label title = new Label(Strings.get("home.title"));
        title.getStyleClass().add("page-title");
        Label intro = new Label(Strings.get("home.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("body-text");
        Label disclaimer = new Label(Strings.get("app.disclaimer"));
        disclaimer.setWrapText(true);
        VBox notice = new VBox(disclaimer);
        notice.getStyleClass().add("notice");

        FlowPane cards = new FlowPane(18, 18);
        cards.setId("home-cards");
        for (Screen<?> s : Screens.all()) {
            cards.getChildren().add(card(s, open));
        }
        VBox page = new VBox(14, title, intro, notice, cards);
        page.setPadding(new Insets(24, 32, 32, 32));
        setContent(page);
        setFitToWidth(true);
        setId("home");
    }

    private VBox card(Screen<?> s, Consumer<Screen<?>> open) {
        Label name = new Label(s.title());
        name.getStyleClass().add("card-title");
        name.setWrapText(true);
        Label desc = new Label(s.description());
        desc.setWrapText(true);
        desc.getStyleClass().add("muted");
        VBox card = new VBox(thumbnail(s), name, desc);
        card.getStyleClass().add("card");
        card.setId("card-" + s.id());
        card.setPrefWidth(THUMB_W + 30);
        card.setMaxWidth(THUMB_W + 30);
        card.setFocusTraversable(true);
        card.setAccessibleRole(AccessibleRole.BUTTON);
        card.setAccessibleText(s.title());
        card.setAccessibleHelp(Strings.format("home.card.help", s.title()));
        card.setOnMouseClicked(e -> open.accept(s));
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                open.accept(s);
                e.consume();
            }
        });
        return card;
    }

    private static StackPane thumbnail(Screen<?> s) {
        Image img = Assets.imageAsync("thumbnails/" + s.id() + ".png", THUMB_W, THUMB_H);
        StackPane frame = new StackPane();
        frame.setPrefSize(THUMB_W, THUMB_H);
        frame.setMinSize(THUMB_W, THUMB_H);
        frame.setAlignment(Pos.CENTER);
        frame.getStyleClass().add("thumbnail");
        if (img != null) {
            ImageView view = new ImageView(img);
            view.setFitWidth(THUMB_W);
            view.setFitHeight(THUMB_H);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            frame.getChildren().add(view);
        }
        return frame;
    }
}
