package org.crepituslab.quiz.model;

import java.util.Collections;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results page: each question's first answer (repeats in practice do not raise the score),
 * the total, per-topic mastery, the missed questions and whether the pass mark was reached.
 */
public record SessionResults(List<QuestionResult> questions, double points, Map<String, TopicScore> topics,
                             double passMark) {

    /** A question with its first answer in the session. */
    public record QuestionResult(Question question, AnswerRecord first) {
    }

    public SessionResults {
        questions = List.copyOf(questions);
        topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
    }

    public static SessionResults of(Bank bank, List<AnswerRecord> answers, double passMark) {
        Map<String, QuestionResult> firsts = new LinkedHashMap<>();
        for (AnswerRecord a : answers) {
            // a description is read, not answered: it does not count towards the score
            bank.question(a.questionId()).filter(q -> q.type().scored()).ifPresent(q -> firsts.putIfAbsent(a.questionId(), new QuestionResult(q, a)));
        }
        double points = 0;
        Map<String, TopicScore> topics = new LinkedHashMap<>();
        for (QuestionResult r : firsts.values()) {
            points += r.first().score();
            for (String t : r.question().topics()) {
                TopicScore old = topics.getOrDefault(t, new TopicScore(t, 0, 0));
                topics.put(t, new TopicScore(t, old.points() + r.first().score(), old.questions() + 1));
            }
        }
        return new SessionResults(new ArrayList<>(firsts.values()), points, topics, passMark);
    }

    public int count() {
        return questions.size();
    }

    public double fraction() {
        return questions.isEmpty() ? 0 : points / questions.size();
    }

    public boolean passed() {
        return !questions.isEmpty() && fraction() + 1e-9 >= passMark;
    }

    public List<QuestionResult> missed() {
        return questions.stream().filter(r -> !r.first().correct()).toList();
    }

    /** Topics scored below the pass mark, weakest first: what "practise weak topics" practises. */
    public List<String> weakTopics() {
        return topics.values().stream().filter(t -> t.fraction() + 1e-9 < passMark)
                .sorted(Comparator.comparingDouble(TopicScore::fraction)).map(TopicScore::topicId).toList();
    }
}
