package org.crepituslab.quiz.model;

import java.util.ArrayList;
import java.util.List;

/** Match each left to its right; the rights are shown shuffled. */
public record MatchingQuestion(QuestionInfo info, List<MatchPair> pairs) implements Question {
    public MatchingQuestion {
        pairs = List.copyOf(pairs);
    }

    @Override
    public QuestionType type() {
        return QuestionType.MATCHING;
    }

    /** The distinct right-hand texts, in bank order (two lefts may share a right). */
    public List<String> rights() {
        List<String> out = new ArrayList<>();
        for (MatchPair p : pairs) {
            if (!out.contains(p.right())) {
                out.add(p.right());
            }
        }
        return out;
    }
}
