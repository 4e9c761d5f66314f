package org.crepituslab.quiz.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Long-term mastery of each topic: the mean of the last score of every question in the topic,
 * counting questions never answered as 0, so mastery grows as the learner covers the topic.
 */
public final class Mastery {
    private Mastery() {
    }

    public static Map<String, TopicScore> of(Bank bank, BankProgress progress) {
        Map<String, TopicScore> out = new LinkedHashMap<>();
        for (Topic t : bank.topics()) {
            out.put(t.id(), new TopicScore(t.id(), 0, 0));
        }
        for (Question q : bank.questions()) {
            QuestionStats s = progress.stats(q.id());
            double points = s.attempts() > 0 ? s.lastScore() : 0;
            for (String t : q.topics()) {
                TopicScore old = out.getOrDefault(t, new TopicScore(t, 0, 0));
                out.put(t, new TopicScore(t, old.points() + points, old.questions() + 1));
            }
        }
        return out;
    }
}
