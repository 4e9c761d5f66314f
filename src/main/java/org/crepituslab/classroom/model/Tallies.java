package org.crepituslab.classroom.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.crepituslab.quiz.model.Scoring;

/** The reveal histogram of one question: a bar per option, or right / partly right / wrong. */
final class Tallies {
    private Tallies() {
    }

    static List<Tally> of(ClassQuestion q, Collection<StudentAnswer> answers) {
        List<Tally> bars = new ArrayList<>();
        if (q.tallyByOption()) {
            List<String> right = q.correctIds();
            for (Option o : q.options()) {
                int n = (int) answers.stream().filter(a -> ClassQuestion.picked(a.response()).contains(o.id())).count();
                bars.add(new Tally(o.id(), o.text(), n, right.contains(o.id())));
            }
            return bars;
        }
        int full = (int) answers.stream().filter(a -> Scoring.isFullyCorrect(a.score())).count();
        int none = (int) answers.stream().filter(a -> a.score() <= 0).count();
        bars.add(new Tally(Tally.RIGHT, Tally.RIGHT, full, true));
        if (q.type().equals("ordering")) {
            bars.add(new Tally(Tally.PARTLY, Tally.PARTLY, answers.size() - full - none, false));
        }
        bars.add(new Tally(Tally.WRONG, Tally.WRONG, none, false));
        return bars;
    }
}
