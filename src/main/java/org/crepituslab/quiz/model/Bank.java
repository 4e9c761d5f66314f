package org.crepituslab.quiz.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A question bank: content (topics, questions), behaviour and UI text kept apart, as in the
 * schemaVersion 1 format. Immutable.
 */
public record Bank(int schemaVersion, String id, String title, String language, Behaviour behaviour,
                   Map<String, String> uiText, List<Topic> topics, List<Question> questions) {

    /** The labels a bank may override in "uiText"; any other key is an error. */
    public static final List<String> UI_TEXT_KEYS = List.of("intro", "resultsTitle", "passed", "notPassed");

    public Bank {
        uiText = Collections.unmodifiableMap(new LinkedHashMap<>(uiText));
        topics = List.copyOf(topics);
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The topic's title, or its id when the bank does not define it. */
    public String topicTitle(String topicId) {
        return topics.stream().filter(t -> t.id().equals(topicId)).map(Topic::title).findFirst().orElse(topicId);
    }

    /** Number of questions of each type, every type present (0 when none), in type order. */
    public Map<QuestionType, Integer> countByType() {
        Map<QuestionType, Integer> counts = new EnumMap<>(QuestionType.class);
        for (QuestionType t : QuestionType.values()) {
            counts.put(t, 0);
        }
        questions.forEach(q -> counts.merge(q.type(), 1, Integer::sum));
        return counts;
    }

    /** Questions tagged with at least one of the topics (all questions when topics is empty). */
    public List<Question> questionsIn(Collection<String> topicIds) {
        if (topicIds.isEmpty()) {
            return questions;
        }
        return questions.stream().filter(q -> q.topics().stream().anyMatch(topicIds::contains)).toList();
    }

    /** The bank's override of a UI label, if any. */
    public Optional<String> uiText(String key) {
        return Optional.ofNullable(uiText.get(key));
    }
}
