package org.crepituslab.quiz.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crepituslab.quiz.model.AcceptedAnswer;
import org.crepituslab.quiz.model.AnswerText;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.DescriptionQuestion;
import org.crepituslab.quiz.model.EssayQuestion;
import org.crepituslab.quiz.model.MatchPair;
import org.crepituslab.quiz.model.MatchingQuestion;
import org.crepituslab.quiz.model.MultipleChoiceQuestion;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.ShortAnswerQuestion;
import org.crepituslab.quiz.model.SingleChoiceQuestion;
import org.crepituslab.quiz.model.TrueFalseQuestion;

/**
 * Writes a bank as Moodle GIFT. Single, multiple, true/false, numeric, matching, short answer,
 * essay and description questions have a GIFT form; ordering, sound, simulation and cloze
 * questions are written as descriptions with a note, and everything GIFT cannot carry (units,
 * sounds, images, difficulty, sources, case sensitivity) is listed in {@link Output#skipped()}.
 */
public final class GiftWriter {
    /** The GIFT text and what could not be written (each line starts with the question id). */
    public record Output(String gift, List<String> skipped) {
    }

    private GiftWriter() {
    }

    public static Output write(Bank bank) {
        StringBuilder sb = new StringBuilder("// ").append(bank.title()).append(" (exported by Crepitus Lab)\n\n");
        List<String> skipped = new ArrayList<>();
        String category = null;
        for (Question q : bank.questions()) {
            String topic = bank.topicTitle(q.info().primaryTopic());
            if (!topic.equals(category)) {
                sb.append("$CATEGORY: ").append(GiftText.escape(topic)).append("\n\n");
                category = topic;
            }
            String answers = answers(q, skipped);
            sb.append("::").append(GiftText.escape(q.id())).append("::");
            if (answers == null) {
                skipped.add(q.id() + ": " + ExportNotes.why(q) + "; written as a description with a note");
                sb.append(GiftText.escape(ExportNotes.asDescription(q))).append("\n\n");
                continue;
            }
            sb.append(GiftText.escape(q.prompt()));
            if (q instanceof DescriptionQuestion) {
                sb.append("\n\n");
                continue;
            }
            sb.append(" {").append(answers).append("\n####").append(GiftText.escape(q.explanation())).append("\n}\n\n");
            ExportNotes.common(q, skipped, "GIFT");
        }
        return new Output(sb.toString(), skipped);
    }

    /** The inside of the answer block, or null when the type has no GIFT form. */
    private static String answers(Question q, List<String> skipped) {
        StringBuilder sb = new StringBuilder();
        if (q instanceof SingleChoiceQuestion s) {
            for (Choice c : s.choices()) {
                Double share = s.partial().get(c.id());
                sb.append("\n  ").append(c.id().equals(s.answer()) ? "=" : share == null ? "~" : "~%" + weight(share * 100) + "%")
                        .append(GiftText.escape(c.text()));
            }
        } else if (q instanceof MultipleChoiceQuestion m) {
            // our scoring, (right − wrong) / right choices, expressed as Moodle weights
            String right = weight(100.0 / m.answers().size());
            String wrong = weight(-100.0 / m.answers().size());
            for (Choice c : m.choices()) {
                String w = m.weights().isEmpty() ? (m.answers().contains(c.id()) ? right : wrong)
                        : weight(m.weights().getOrDefault(c.id(), 0.0) * 100);
                sb.append("\n  ~%").append(w).append('%').append(GiftText.escape(c.text()));
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
        } else if (q instanceof ShortAnswerQuestion s) {
            if (s.caseSensitive()) {
                skipped.add(q.id() + ": case-sensitive matching has no GIFT form (Moodle ignores case on import)");
            }
            for (AcceptedAnswer a : s.answers()) {
                sb.append("\n  =");
                if (a.fraction() != 1) {
                    sb.append('%').append(weight(a.fraction() * 100)).append('%');
                }
                sb.append(GiftText.escape(a.text()));
                if (!a.feedback().isEmpty()) {
                    sb.append(" #").append(GiftText.escape(a.feedback()));
                }
            }
        } else if (q instanceof EssayQuestion e) {
            // GIFT's essay has only general feedback: it carries the model answer
            if (!e.modelAnswer().equals(e.explanation())) {
                skipped.add(q.id() + ": the essay's explanation is dropped; GIFT keeps only the model answer");
            }
            return "";
        } else if (!(q instanceof DescriptionQuestion)) {
            return null;
        }
        return sb.toString();
    }

    /** A Moodle weight: up to five decimals, no trailing zeros (33.33333). */
    static String weight(double w) {
        return String.format(Locale.ROOT, "%.5f", w).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
