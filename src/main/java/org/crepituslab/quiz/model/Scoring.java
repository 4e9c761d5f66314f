package org.crepituslab.quiz.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure scoring: a score in [0, 1] for a response to a question, with the partial credit the bank
 * format defines. A response of the wrong kind for the question is a programming error.
 */
public final class Scoring {
    /** A score this close to 1 counts as fully correct (partial credit is a ratio of small integers). */
    private static final double FULL = 1 - 1e-9;

    private Scoring() {
    }

    public static boolean isFullyCorrect(double score) {
        return score >= FULL;
    }

    public static double score(Question q, Response r) {
        if (q instanceof SingleChoiceQuestion s && r instanceof Response.Pick p) {
            return single(s, p);
        }
        if (q instanceof MultipleChoiceQuestion m && r instanceof Response.Picks p) {
            return multiple(m, p);
        }
        if (q instanceof TrueFalseQuestion t && r instanceof Response.Verdict v) {
            return trueFalse(t, v);
        }
        if (q instanceof NumericQuestion n && r instanceof Response.Number x) {
            return numeric(n, x);
        }
        if (q instanceof OrderingQuestion o && r instanceof Response.Order x) {
            return ordering(o, x);
        }
        if (q instanceof MatchingQuestion m && r instanceof Response.Matches x) {
            return matching(m, x);
        }
        if (q instanceof SoundQuestion s && r instanceof Response.Pick p) {
            return sound(s, p);
        }
        if (q instanceof SimulationQuestion s && r instanceof Response.Task t) {
            return simulation(s, t);
        }
        if (q instanceof ShortAnswerQuestion s && r instanceof Response.Text t) {
            return TextMatch.score(s.answers(), t.value(), s.caseSensitive());
        }
        if (q instanceof ClozeQuestion c && r instanceof Response.Blanks b) {
            return cloze(c, b);
        }
        if (q instanceof EssayQuestion && r instanceof Response.SelfAssessed a) {
            return Math.max(0, Math.min(1, a.rating()));
        }
        if (q instanceof DescriptionQuestion && r instanceof Response.Read) {
            return 1;
        }
        throw new IllegalArgumentException("a " + r.getClass().getSimpleName() + " cannot answer a "
                + q.type().id() + " question (" + q.id() + ")");
    }

    public static double single(SingleChoiceQuestion q, Response.Pick r) {
        return q.answer().equals(r.choiceId()) ? 1 : Math.max(0, q.partial().getOrDefault(r.choiceId(), 0.0));
    }

    /** (right picks − wrong picks) / number of right choices, floored at 0 (BANK-FORMAT.md). */
    public static double multiple(MultipleChoiceQuestion q, Response.Picks r) {
        if (!q.weights().isEmpty()) {
            double sum = r.choiceIds().stream().mapToDouble(id -> q.weights().getOrDefault(id, 0.0)).sum();
            return Math.max(0, Math.min(1, sum));
        }
        int right = 0;
        int wrong = 0;
        for (String id : r.choiceIds()) {
            if (q.answers().contains(id)) {
                right++;
            } else {
                wrong++;
            }
        }
        return Math.max(0, (right - wrong) / (double) q.answers().size());
    }

    public static double trueFalse(TrueFalseQuestion q, Response.Verdict r) {
        return q.answer() == r.value() ? 1 : 0;
    }

    /** Right when |x − answer| ≤ tolerance; the edges count (see NUMERIC_RELATIVE_SLACK). */
    public static double numeric(NumericQuestion q, Response.Number r) {
        double x = r.value();
        if (!Double.isFinite(x)) {
            return 0;
        }
        double slack = QuizConstants.NUMERIC_RELATIVE_SLACK * Math.max(1, Math.max(Math.abs(q.answer()), Math.abs(x)));
        return Math.abs(x - q.answer()) <= q.tolerance() + slack ? 1 : 0;
    }

    /**
     * The fraction of adjacent pairs of the learner's order that are in the right relative order:
     * A B C D scores 1, B A C D scores 2/3, D C B A scores 0. Unknown or missing items score 0.
     */
    public static double ordering(OrderingQuestion q, Response.Order r) {
        List<String> order = r.itemIds();
        int n = q.items().size();
        if (order.size() != n) {
            return 0;
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < n; i++) {
            position.put(q.items().get(i).id(), i);
        }
        if (!position.keySet().containsAll(order) || order.stream().distinct().count() != n) {
            return 0;
        }
        int inOrder = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (position.get(order.get(i)) < position.get(order.get(i + 1))) {
                inOrder++;
            }
        }
        return inOrder / (double) (n - 1);
    }

    /** The fraction of lefts matched to their right (compared as text, so shared rights work). */
    public static double matching(MatchingQuestion q, Response.Matches r) {
        int correct = 0;
        for (int i = 0; i < q.pairs().size() && i < r.rights().size(); i++) {
            if (q.pairs().get(i).right().equals(r.rights().get(i))) {
                correct++;
            }
        }
        return correct / (double) q.pairs().size();
    }

    public static double sound(SoundQuestion q, Response.Pick r) {
        return q.answer().equals(r.choiceId()) ? 1 : 0;
    }

    /**
     * Reaching the goal is the task. With a follow-up question, the goal is worth half and the
     * follow-up answer the other half; the follow-up is only asked once the goal is reached.
     */
    public static double simulation(SimulationQuestion q, Response.Task r) {
        if (!r.goalMet()) {
            return 0;
        }
        if (!q.hasFollowUp()) {
            return 1;
        }
        return q.followUpAnswer().equals(r.followUpChoiceId()) ? 1 : 0.5;
    }

    /** The mean of the gaps' scores; a drop-down gap compares exactly, a typed one as a short answer. */
    public static double cloze(ClozeQuestion q, Response.Blanks r) {
        double sum = 0;
        for (int i = 0; i < q.gaps().size(); i++) {
            String v = i < r.values().size() ? r.values().get(i) : null;
            ClozeGap g = q.gaps().get(i);
            sum += g.typed() ? TextMatch.score(g.answers(), v, false)
                    : g.answers().stream().filter(a -> a.text().equals(v)).mapToDouble(a -> Math.max(0, a.fraction()))
                    .max().orElse(0);
        }
        return q.gaps().isEmpty() ? 0 : sum / q.gaps().size();
    }
}
