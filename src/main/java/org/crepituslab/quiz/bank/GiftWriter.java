package org.crepituslab.quiz.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crepituslab.quiz.model.AnswerText;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.MatchPair;
import org.crepituslab.quiz.model.MatchingQuestion;
import org.crepituslab.quiz.model.MultipleChoiceQuestion;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.SingleChoiceQuestion;
import org.crepituslab.quiz.model.TrueFalseQuestion;

/**
 * Writes the GIFT-expressible part of a bank (single, multiple, true/false, numeric, matching) so
 * it can go back into Moodle; ordering, sound and simulation questions, difficulty, sources and
 * units have no GIFT form and are listed in {@link Output#skipped()}.
 */
public final class GiftWriter {
    /** The GIFT text and what could not be written. */
    public record Output(String gift, List<String> skipped) {
    }

    private GiftWriter() {
    }

    public static Output write(Bank bank) {
        StringBuilder sb = new StringBuilder("// ").append(bank.title()).append(" (exported by Crepitus Lab)\n\n");
        List<String> skipped = new ArrayList<>();
        String category = null;
        for (Question q : bank.questions()) {
            String answers = answers(q, skipped);
            if (answers == null) {
                skipped.add(q.id() + ": " + q.type().id() + " questions have no GIFT form");
                continue;
            }
            String topic = bank.topicTitle(q.info().primaryTopic());
            if (!topic.equals(category)) {
                sb.append("$CATEGORY: ").append(topic).append("\n\n");
                category = topic;
            }
            sb.append("::").append(GiftText.escape(q.id())).append("::")
                    .append(GiftText.escape(q.prompt())).append(" {").append(answers)
                    .append("\n####").append(GiftText.escape(q.explanation())).append("\n}\n\n");
        }
        return new Output(sb.toString(), skipped);
    }

    private static String answers(Question q, List<String> skipped) {
        StringBuilder sb = new StringBuilder();
        if (q instanceof SingleChoiceQuestion s) {
            for (Choice c : s.choices()) {
                sb.append("\n  ").append(c.id().equals(s.answer()) ? '=' : '~').append(GiftText.escape(c.text()));
            }
        } else if (q instanceof MultipleChoiceQuestion m) {
            // our scoring, (right − wrong) / right choices, expressed as Moodle weights
            String right = weight(100.0 / m.answers().size());
            String wrong = weight(-100.0 / m.answers().size());
            for (Choice c : m.choices()) {
                sb.append("\n  ~%").append(m.answers().contains(c.id()) ? right : wrong).append('%')
                        .append(GiftText.escape(c.text()));
            }
        } else if (q instanceof TrueFalseQuestion t) {
            sb.append(t.answer() ? "TRUE" : "FALSE");
        } else if (q instanceof NumericQuestion n) {
            if (n.unit() != null) {
                skipped.add(q.id() + ": unit \"" + n.unit() + "\" has no GIFT form");
            }
            sb.append('#').append(AnswerText.number(n.answer())).append(':').append(AnswerText.number(n.tolerance()));
        } else if (q instanceof MatchingQuestion m) {
            for (MatchPair p : m.pairs()) {
                sb.append("\n  =").append(GiftText.escape(p.left())).append(" -> ").append(GiftText.escape(p.right()));
            }
        } else {
            return null;
        }
        if (q.info().difficulty() != 2 || q.info().source() != null || q.info().showMe() != null
                || q.info().image() != null) {
            skipped.add(q.id() + ": difficulty, source, image and show-me link have no GIFT form");
        }
        return sb.toString();
    }

    private static String weight(double w) {
        String s = String.format(Locale.ROOT, "%.5f", w).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }
}
