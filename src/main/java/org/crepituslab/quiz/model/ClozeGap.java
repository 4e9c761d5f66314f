package org.crepituslab.quiz.model;

import java.util.List;

/**
 * One gap of a cloze text: with {@code options} it is a drop-down of those texts, without it a typed
 * short answer; either way the accepted answers (with shares) score it.
 */
public record ClozeGap(List<String> options, List<AcceptedAnswer> answers) {
    public ClozeGap {
        options = List.copyOf(options);
        answers = List.copyOf(answers);
    }

    public boolean typed() {
        return options.isEmpty();
    }
}
