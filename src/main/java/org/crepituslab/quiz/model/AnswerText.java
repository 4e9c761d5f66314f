package org.crepituslab.quiz.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A response as readable text, for the results page and the CSV export: choice texts rather than
 * ids, an ordering joined with " > ", matches as "left = right". Not localised: it is data.
 */
public final class AnswerText {
    private AnswerText() {
    }

    public static String describe(Question q, Response r) {
        if (r instanceof Response.Pick p) {
            return choiceText(q.pickableChoices(), p.choiceId());
        }
        if (r instanceof Response.Picks p && q instanceof MultipleChoiceQuestion m) {
            List<String> texts = new ArrayList<>();
            for (Choice c : m.choices()) {
                if (p.choiceIds().contains(c.id())) {
                    texts.add(c.text());
                }
            }
            return String.join(" | ", texts);
        }
        if (r instanceof Response.Verdict v) {
            return Boolean.toString(v.value());
        }
        if (r instanceof Response.Number n) {
            return number(n.value());
        }
        if (r instanceof Response.Order o && q instanceof OrderingQuestion oq) {
            List<String> texts = new ArrayList<>();
            for (String id : o.itemIds()) {
                texts.add(choiceText(oq.items(), id));
            }
            return String.join(" > ", texts);
        }
        if (r instanceof Response.Matches m && q instanceof MatchingQuestion mq) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < mq.pairs().size(); i++) {
                String right = i < m.rights().size() ? m.rights().get(i) : null;
                texts.add(mq.pairs().get(i).left() + " = " + (right == null ? "?" : right));
            }
            return String.join(" | ", texts);
        }
        if (r instanceof Response.Task t && q instanceof SimulationQuestion s) {
            String goal = t.goalMet() ? "goal reached" : "goal not reached";
            return t.followUpChoiceId() == null ? goal : goal + "; " + choiceText(s.followUpChoices(), t.followUpChoiceId());
        }
        if (r instanceof Response.Text t) {
            return t.value();
        }
        if (r instanceof Response.Blanks b) {
            return String.join(" | ", b.values().stream().map(v -> v == null ? "?" : v).toList());
        }
        if (r instanceof Response.SelfAssessed a) {
            return a.text() + " (self-rated " + number(a.rating()) + ")";
        }
        if (r instanceof Response.Read) {
            return "read";
        }
        return r.toString();
    }

    /** The right answer as readable text, in the same form as {@link #describe}. */
    public static String correct(Question q) {
        if (q instanceof SingleChoiceQuestion s) {
            return choiceText(s.choices(), s.answer());
        }
        if (q instanceof SoundQuestion s) {
            return choiceText(s.choices(), s.answer());
        }
        if (q instanceof MultipleChoiceQuestion m) {
            return describe(q, new Response.Picks(m.answers()));
        }
        if (q instanceof TrueFalseQuestion t) {
            return Boolean.toString(t.answer());
        }
        if (q instanceof NumericQuestion n) {
            String unit = n.unit() == null ? "" : " " + n.unit();
            return n.tolerance() == 0 ? number(n.answer()) + unit
                    : number(n.answer()) + " \u00b1 " + number(n.tolerance()) + unit;
        }
        if (q instanceof OrderingQuestion o) {
            return describe(q, new Response.Order(o.items().stream().map(Choice::id).toList()));
        }
        if (q instanceof MatchingQuestion m) {
            return describe(q, new Response.Matches(m.pairs().stream().map(MatchPair::right).toList()));
        }
        if (q instanceof ShortAnswerQuestion s) {
            return TextMatch.shown(s.answers());
        }
        if (q instanceof ClozeQuestion c) {
            return String.join(" | ", c.gaps().stream().map(g -> TextMatch.shown(g.answers())).toList());
        }
        if (q instanceof EssayQuestion e) {
            return e.modelAnswer();
        }
        if (q instanceof DescriptionQuestion) {
            return "";
        }
        SimulationQuestion s = (SimulationQuestion) q;
        return describe(q, new Response.Task(true, s.hasFollowUp() ? s.followUpAnswer() : null));
    }

    private static String choiceText(List<Choice> choices, String id) {
        return choices.stream().filter(c -> c.id().equals(id)).map(Choice::text).findFirst().orElse(String.valueOf(id));
    }

    /** A number without a needless ".0": 20 not 20.0, 0.5 stays 0.5. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
