package org.crepituslab.learn.view;

import javafx.scene.layout.VBox;

/** The boxed notices of the Learn page: the disclaimer and the emergency. */
final class Notices {
    private Notices() {
    }

    static VBox notice(String title, String body) {
        return box(title, body, "notice");
    }

    static VBox emergency(String title, String body) {
        VBox box = box(title, body, "verdict-emergency");
        box.setId("learn-emergency");
        return box;
    }

    private static VBox box(String title, String body, String styleClass) {
        VBox box = new VBox(4, LearnView.wrapped(title, "notice-title"), LearnView.wrapped(body, "body-text"));
        box.getStyleClass().add(styleClass);
        return box;
    }
}
