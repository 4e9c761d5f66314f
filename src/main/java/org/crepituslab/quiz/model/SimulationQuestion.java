package org.crepituslab.quiz.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task on a live simulation: open {@code screen}, set {@code parameters}, and reach the
 * {@code goal}. When {@code followUpChoices} is not empty, a single-choice question is asked once
 * the goal is met and {@code followUpAnswer} is its right choice id (else null).
 */
public record SimulationQuestion(QuestionInfo info, String screen, String task, Goal goal,
                                 Map<String, Double> parameters, List<Choice> followUpChoices,
                                 String followUpAnswer) implements Question {
    public SimulationQuestion {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        followUpChoices = List.copyOf(followUpChoices);
    }

    @Override
    public QuestionType type() {
        return QuestionType.SIMULATION;
    }

    public boolean hasFollowUp() {
        return !followUpChoices.isEmpty();
    }

    @Override
    public List<Choice> pickableChoices() {
        return followUpChoices();
    }
}
