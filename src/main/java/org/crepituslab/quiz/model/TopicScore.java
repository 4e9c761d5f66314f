package org.crepituslab.quiz.model;

/** Points earned over questions of one topic; {@link #fraction()} is the topic's mastery. */
public record TopicScore(String topicId, double points, int questions) {
    public double fraction() {
        return questions == 0 ? 0 : points / questions;
    }
}
