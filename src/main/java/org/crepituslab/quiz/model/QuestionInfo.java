package org.crepituslab.quiz.model;

import java.util.List;

/**
 * What every question has, whatever its type. {@code source}, {@code image} and {@code showMe}
 * may be null; {@code image} is relative to the bank's folder.
 */
public record QuestionInfo(String id, List<String> topics, int difficulty, String prompt, String explanation,
                           String source, String image, ShowMe showMe) {
    public QuestionInfo {
        topics = List.copyOf(topics);
    }

    /** The first topic: the one a question is filed under in lists. */
    public String primaryTopic() {
        return topics.get(0);
    }
}
