package org.crepituslab.quiz.model;

import java.util.List;

/**
 * What the learner chose before starting: topics (empty = all), how many questions, the mode,
 * when to show feedback, and the seed of every shuffle (same seed, same quiz for a whole class).
 */
public record QuizSetup(List<String> topics, int count, QuizMode mode, FeedbackMode feedback, long seed) {
    public QuizSetup {
        topics = List.copyOf(topics);
        if (count < 1) {
            throw new IllegalArgumentException("a quiz needs at least one question, got " + count);
        }
    }

    /** Practice and review always explain each answer at once: that is their point. */
    public FeedbackMode effectiveFeedback() {
        return mode == QuizMode.QUIZ ? feedback : FeedbackMode.IMMEDIATE;
    }
}
