package org.crepituslab.quiz.model;

import java.util.Map;

/** A "show me" link: the screen to open and the parameters to set on its model first. */
public record ShowMe(String screen, Map<String, Double> parameters) {
    public ShowMe {
        parameters = Map.copyOf(parameters);
    }
}
