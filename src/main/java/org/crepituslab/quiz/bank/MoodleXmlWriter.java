package org.crepituslab.quiz.bank;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.crepituslab.quiz.model.AcceptedAnswer;
import org.crepituslab.quiz.model.AnswerText;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.ClozeGap;
import org.crepituslab.quiz.model.ClozeQuestion;
import org.crepituslab.quiz.model.DescriptionQuestion;
import org.crepituslab.quiz.model.EssayQuestion;
import org.crepituslab.quiz.model.MatchPair;
import org.crepituslab.quiz.model.MatchingQuestion;
import org.crepituslab.quiz.model.MultipleChoiceQuestion;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuizConstants;
import org.crepituslab.quiz.model.ShortAnswerQuestion;
import org.crepituslab.quiz.model.SingleChoiceQuestion;
import org.crepituslab.quiz.model.TrueFalseQuestion;

/**
 * Writes a bank as Moodle XML (what Moodle's question bank imports): every type Moodle has, cloze
 * as Moodle's embedded answers, images embedded as base64 files; ordering, sound and simulation
 * questions become descriptions with a note, listed in the output's {@code skipped}.
 */
public final class MoodleXmlWriter {
    private MoodleXmlWriter() {
    }

    /** {@code images} finds a question's picture (null: pictures are left out and listed). */
    public static GiftWriter.Output write(Bank bank, ImageCheck images) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        List<String> skipped = new ArrayList<>();
        String category = null;
        for (Question q : bank.questions()) {
            String topic = bank.topicTitle(q.info().primaryTopic());
            if (!topic.equals(category)) {
                sb.append("  <question type=\"category\">\n    <category><text>$course$/top/").append(esc(topic))
                        .append("</text></category>\n  </question>\n");
                category = topic;
            }
            String type = type(q);
            if (type == null) {
                skipped.add(q.id() + ": " + ExportNotes.why(q) + "; written as a description with a note");
                head(sb, "description", q.id(), ExportNotes.asDescription(q), null, images, skipped, q);
                sb.append("  </question>\n");
                continue;
            }
            String text = q instanceof ClozeQuestion c ? cloze(c) : q.prompt();
            head(sb, type, q.id(), text, q.info().image(), images, skipped, q);
            if (!(q instanceof DescriptionQuestion)) {
                sb.append("    <generalfeedback format=\"moodle_auto_format\"><text>").append(esc(q.explanation()))
                        .append("</text></generalfeedback>\n");
            }
            body(sb, q);
            sb.append("  </question>\n");
            if (q.info().difficulty() != 2 || q.info().source() != null || q.info().showMe() != null) {
                skipped.add(q.id() + ": difficulty, source and show-me link have no Moodle XML form");
            }
        }
        return new GiftWriter.Output(sb.append("</quiz>\n").toString(), skipped);
    }

    private static String type(Question q) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> "multichoice";
            case TRUEFALSE -> "truefalse";
            case NUMERIC -> "numerical";
            case MATCHING -> "matching";
            case SHORTANSWER -> "shortanswer";
            case CLOZE -> "cloze";
            case DESCRIPTION -> "description";
            case ESSAY -> "essay";
            default -> null;
        };
    }

    private static void head(StringBuilder sb, String type, String id, String text, String image, ImageCheck images,
            List<String> skipped, Question q) {
        sb.append("  <question type=\"").append(type).append("\">\n    <name><text>").append(esc(id))
                .append("</text></name>\n    <questiontext format=\"moodle_auto_format\"><text>").append(esc(text));
        byte[] picture = image == null ? null : picture(image, images);
        String name = image == null ? null : image.replaceAll(".*[/\\\\]", "");
        if (picture != null) {
            sb.append(esc("\n<img src=\"@@PLUGINFILE@@/" + name + "\" alt=\"\">"));
        } else if (image != null) {
            skipped.add(q.id() + ": image \"" + image + "\" could not be read; left out");
        }
        sb.append("</text>");
        if (picture != null) {
            sb.append("\n<file name=\"").append(esc(name)).append("\" path=\"/\" encoding=\"base64\">")
                    .append(Base64.getEncoder().encodeToString(picture)).append("</file>");
        }
        sb.append("</questiontext>\n");
    }

    private static byte[] picture(String image, ImageCheck images) {
        URL url = images == null ? null : images.resolve(image);
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            byte[] b = in.readNBytes((int) QuizConstants.MAX_FILE_BYTES + 1);
            return b.length > QuizConstants.MAX_FILE_BYTES ? null : b;
        } catch (IOException e) {
            return null;
        }
    }

    private static void body(StringBuilder sb, Question q) {
        if (q instanceof SingleChoiceQuestion s) {
            sb.append("    <single>true</single>\n    <shuffleanswers>true</shuffleanswers>\n");
            for (Choice c : s.choices()) {
                answer(sb, c.id().equals(s.answer()) ? 100 : s.partial().getOrDefault(c.id(), 0.0) * 100, c.text(), "");
            }
        } else if (q instanceof MultipleChoiceQuestion m) {
            // our scoring, (right − wrong) / right choices, as Moodle fractions
            sb.append("    <single>false</single>\n    <shuffleanswers>true</shuffleanswers>\n");
            for (Choice c : m.choices()) {
                double f = !m.weights().isEmpty() ? m.weights().getOrDefault(c.id(), 0.0) * 100
                        : (m.answers().contains(c.id()) ? 100.0 : -100.0) / m.answers().size();
                answer(sb, f, c.text(), "");
            }
        } else if (q instanceof TrueFalseQuestion t) {
            answer(sb, t.answer() ? 100 : 0, "true", "");
            answer(sb, t.answer() ? 0 : 100, "false", "");
        } else if (q instanceof NumericQuestion n) {
            sb.append("    <answer fraction=\"100\"><text>").append(AnswerText.number(n.answer()))
                    .append("</text><tolerance>").append(AnswerText.number(n.tolerance())).append("</tolerance></answer>\n");
            if (n.unit() != null) {
                sb.append("    <units><unit><multiplier>1</multiplier><unit_name>").append(esc(n.unit()))
                        .append("</unit_name></unit></units>\n    <showunits>3</showunits>\n");
            }
        } else if (q instanceof MatchingQuestion m) {
            for (MatchPair p : m.pairs()) {
                sb.append("    <subquestion format=\"moodle_auto_format\"><text>").append(esc(p.left()))
                        .append("</text><answer><text>").append(esc(p.right())).append("</text></answer></subquestion>\n");
            }
        } else if (q instanceof ShortAnswerQuestion s) {
            sb.append("    <usecase>").append(s.caseSensitive() ? 1 : 0).append("</usecase>\n");
            for (AcceptedAnswer a : s.answers()) {
                answer(sb, a.fraction() * 100, a.text(), a.feedback());
            }
        } else if (q instanceof EssayQuestion e) {
            sb.append("    <responseformat>plain</responseformat>\n    <graderinfo format=\"moodle_auto_format\"><text>")
                    .append(esc(e.modelAnswer())).append("</text></graderinfo>\n");
        }
    }

    private static void answer(StringBuilder sb, double fraction, String text, String feedback) {
        sb.append("    <answer fraction=\"").append(GiftWriter.weight(fraction)).append("\" format=\"moodle_auto_format\"><text>")
                .append(esc(text)).append("</text>");
        if (!feedback.isEmpty()) {
            sb.append("<feedback format=\"moodle_auto_format\"><text>").append(esc(feedback)).append("</text></feedback>");
        }
        sb.append("</answer>\n");
    }

    /** The cloze text in Moodle's embedded-answer syntax: {1:MULTICHOICE:=a~b} or {1:SHORTANSWER:=x~%50%y}. */
    private static String cloze(ClozeQuestion c) {
        List<String> pieces = c.pieces();
        List<Integer> order = c.gapOrder();
        StringBuilder sb = new StringBuilder(c.prompt()).append('\n');
        for (int i = 0; i < pieces.size(); i++) {
            sb.append(pieces.get(i));
            if (i < order.size()) {
                ClozeGap g = c.gaps().get(order.get(i) - 1);
                sb.append("{1:").append(g.typed() ? "SHORTANSWER" : "MULTICHOICE").append(':');
                List<String> parts = new ArrayList<>();
                List<String> texts = g.typed() ? g.answers().stream().map(AcceptedAnswer::text).toList() : g.options();
                for (String t : texts) {
                    double f = g.answers().stream().filter(a -> a.text().equals(t)).mapToDouble(AcceptedAnswer::fraction)
                            .findFirst().orElse(0);
                    parts.add((f >= 1 ? "=" : "%" + GiftWriter.weight(f * 100) + "%") + clozeEscape(t));
                }
                sb.append(String.join("~", parts)).append('}');
            }
        }
        return sb.toString();
    }

    private static String clozeEscape(String t) {
        return t.replace("}", "\\}").replace("~", "\\~").replace("#", "\\#");
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
