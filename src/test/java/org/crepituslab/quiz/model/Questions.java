package org.crepituslab.quiz.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small questions and banks for model tests. */
public final class Questions {
    private Questions() {
    }

    public static QuestionInfo info(String id, String... topics) {
        return new QuestionInfo(id, List.of(topics.length == 0 ? new String[] {"t"} : topics), 1, "Prompt " + id,
                "Because " + id + ".", null, null, null);
    }

    public static List<Choice> choices(String... ids) {
        return java.util.Arrays.stream(ids).map(i -> new Choice(i, "Choice " + i)).toList();
    }

    public static SingleChoiceQuestion single(String id, String... topics) {
        return new SingleChoiceQuestion(info(id, topics), choices("a", "b", "c"), "a");
    }

    public static MultipleChoiceQuestion multiple(String id, Set<String> right, String... all) {
        return new MultipleChoiceQuestion(info(id), choices(all), right);
    }

    public static NumericQuestion numeric(String id, double answer, double tolerance) {
        return new NumericQuestion(info(id), answer, tolerance, "min");
    }

    public static OrderingQuestion ordering(String id, String... items) {
        return new OrderingQuestion(info(id), choices(items));
    }

    public static MatchingQuestion matching(String id, String... leftRight) {
        List<MatchPair> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < leftRight.length; i += 2) {
            pairs.add(new MatchPair(leftRight[i], leftRight[i + 1]));
        }
        return new MatchingQuestion(info(id), pairs);
    }

    public static SimulationQuestion task(String id, boolean followUp) {
        Goal goal = new Goal(List.of(new GoalCondition("pops", Comparison.AT_LEAST, 1)));
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("timeAcceleration", 60.0);
        return new SimulationQuestion(info(id), "facet", "Make it pop.", goal, params,
                followUp ? choices("x", "y") : List.of(), followUp ? "y" : null);
    }

    public static Bank bank(Behaviour behaviour, Question... qs) {
        java.util.Set<String> topicIds = new java.util.LinkedHashSet<>();
        for (Question q : qs) {
            topicIds.addAll(q.topics());
        }
        return new Bank(1, "test", "Test", "en", behaviour, Map.of(),
                topicIds.stream().map(t -> new Topic(t, "Topic " + t)).toList(), List.of(qs));
    }

    public static Bank bank(Question... qs) {
        return bank(new Behaviour(false, false, FeedbackMode.IMMEDIATE, 0.7), qs);
    }
}
