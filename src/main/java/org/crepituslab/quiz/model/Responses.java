package org.crepituslab.quiz.model;

import java.util.ArrayList;
import java.util.List;

/** The fully right response to any question: for busy states, demos and tests. */
public final class Responses {
    private Responses() {
    }

    public static Response correct(Question q) {
        if (q instanceof SingleChoiceQuestion s) {
            return new Response.Pick(s.answer());
        }
        if (q instanceof MultipleChoiceQuestion m) {
            return new Response.Picks(m.answers());
        }
        if (q instanceof TrueFalseQuestion t) {
            return new Response.Verdict(t.answer());
        }
        if (q instanceof NumericQuestion n) {
            return new Response.Number(n.answer());
        }
        if (q instanceof OrderingQuestion o) {
            return new Response.Order(o.items().stream().map(Choice::id).toList());
        }
        if (q instanceof MatchingQuestion m) {
            List<String> rights = new ArrayList<>();
            m.pairs().forEach(p -> rights.add(p.right()));
            return new Response.Matches(rights);
        }
        if (q instanceof SoundQuestion s) {
            return new Response.Pick(s.answer());
        }
        if (q instanceof ShortAnswerQuestion s) {
            return new Response.Text(TextMatch.shown(s.answers()).replace("*", ""));
        }
        if (q instanceof ClozeQuestion c) {
            return new Response.Blanks(c.gaps().stream().map(g -> TextMatch.shown(g.answers()).replace("*", "")).toList());
        }
        if (q instanceof EssayQuestion e) {
            return new Response.SelfAssessed(e.modelAnswer(), 1);
        }
        if (q instanceof DescriptionQuestion) {
            return new Response.Read();
        }
        SimulationQuestion s = (SimulationQuestion) q;
        return new Response.Task(true, s.hasFollowUp() ? s.followUpAnswer() : null);
    }
}
