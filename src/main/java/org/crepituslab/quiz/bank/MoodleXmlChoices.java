package org.crepituslab.quiz.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.MultipleChoiceQuestion;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuizConstants;
import org.crepituslab.quiz.model.SingleChoiceQuestion;
import org.w3c.dom.Element;

/** Moodle XML multichoice (single and multiple, fractions) and numerical (tolerance, units) questions. */
final class MoodleXmlChoices {
    private final ImportBook book;

    MoodleXmlChoices(ImportBook book) {
        this.book = book;
    }

    Question multichoice(Element q, MoodleXmlQuestions.Draft d) {
        Element one = MoodleXml.child(q, "single");
        String flag = one == null ? "true" : one.getTextContent().strip();
        boolean single = !flag.equalsIgnoreCase("false") && !flag.equals("0");
        List<Element> answers = MoodleXml.children(q, "answer");
        if (answers.size() < QuizConstants.MIN_CHOICES || answers.size() > QuizConstants.MAX_CHOICES) {
            book.skip(d.line, "multiple choice with " + answers.size() + " choices; banks allow "
                    + QuizConstants.MIN_CHOICES + " to " + QuizConstants.MAX_CHOICES + "; question skipped");
            return null;
        }
        List<Choice> choices = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        Set<String> right = new LinkedHashSet<>();
        String best = null;
        double bestFraction = 0;
        for (int i = 0; i < answers.size(); i++) {
            Element a = answers.get(i);
            String text = MoodleXml.formatted(a, d.line, book);
            String id = String.valueOf((char) ('a' + i));
            choices.add(new Choice(id, text));
            String fb = MoodleXml.formatted(MoodleXml.child(a, "feedback"), d.line, book);
            if (!fb.isEmpty()) {
                feedback.add("\u201c" + text + "\u201d: " + fb);
            }
            double f = MoodleXml.fraction(a);
            if (f > 0) {
                right.add(id);
                if (f > bestFraction) {
                    best = id;
                    bestFraction = f;
                }

            }
        }
        if (best == null) {
            book.skip(d.line, "no right answer (no positive fraction); question skipped");
            return null;
        }
        if (single) {
            // partial fractions of a single choice are kept as its shares
            Map<String, Double> shares = new LinkedHashMap<>();
            for (int i = 0; i < answers.size(); i++) {
                double f = MoodleXml.fraction(answers.get(i));
                if (f > 0 && f < 100 && !choices.get(i).id().equals(best)) {
                    shares.put(choices.get(i).id(), f / 100);
                }
            }
            String rightText = choices.get(best.charAt(0) - 'a').text();
            return new SingleChoiceQuestion(d.info(d.explanation(feedback, rightText)), choices, best, shares);
        }
        if (right.size() == choices.size()) {
            book.skip(d.line, "every choice is right: nothing to choose; question skipped");
            return null;
        }
        String rightText = String.join(" | ", choices.stream().filter(c -> right.contains(c.id())).map(Choice::text).toList());
        // Moodle's fractions are honoured when the right ones are unequal (equal ones score the same either way)
        Map<String, Double> weights = new LinkedHashMap<>();
        double rightSum = 0;
        for (int i = 0; i < answers.size(); i++) {
            double f = MoodleXml.fraction(answers.get(i));
            rightSum += Math.max(0, f);
            if (f != 0) {
                weights.put(choices.get(i).id(), Math.max(-100, Math.min(100, f)) / 100);
            }
        }
        boolean unequal = weights.values().stream().filter(w -> w > 0).map(w -> Math.round(w * 1000)).distinct().count() > 1;
        if (!unequal || Math.abs(rightSum - 100) > 1) {
            if (unequal) {
                book.skip(d.line, "fractions of the right choices add up to " + GiftWriter.weight(rightSum)
                        + " %, not 100 %: rescored as equal partial credit");
            }
            weights.clear();
        }
        return new MultipleChoiceQuestion(d.info(d.explanation(feedback, rightText)), choices, right, weights);
    }

    Question numerical(Element q, MoodleXmlQuestions.Draft d) {
        Element best = null;
        List<String> parts = new ArrayList<>();
        for (Element a : MoodleXml.children(q, "answer")) {
            String text = MoodleXml.text(a, "plain", d.line, book);
            String fb = MoodleXml.formatted(MoodleXml.child(a, "feedback"), d.line, book);
            if (text.equals("*")) {
                if (!fb.isEmpty()) {
                    parts.add(Strings.format("quiz.gift.otherAnswers", fb));
                }
            } else if (MoodleXml.fraction(a) >= 100 && best == null) {
                best = a;
                if (!fb.isEmpty()) {
                    parts.add(0, fb);
                }
            } else {
                book.skip(d.line, "extra numerical answer \"" + text + "\" (" + GiftWriter.weight(MoodleXml.fraction(a))
                        + " %) dropped: banks keep one answer and tolerance");
            }
        }
        if (best == null) {
            book.skip(d.line, "numerical question without an answer worth 100 %; skipped");
            return null;
        }
        String value = MoodleXml.text(best, "plain", d.line, book);
        Element tol = MoodleXml.child(best, "tolerance");
        String tolText = tol == null ? "0" : tol.getTextContent().strip();
        BigDecimal answer = GiftNumerical.decimal(value);
        BigDecimal tolerance = GiftNumerical.decimal(tolText);
        if (answer == null || tolerance == null || tolerance.signum() < 0) {
            book.skip(d.line, "numerical answer \"" + value + "\" \u00b1 \"" + tolText + "\" is not a number; skipped");
            return null;
        }
        String unit = unit(q, d.line);
        String correct = value + (tolerance.signum() > 0 ? " \u00b1 " + tolText : "") + (unit == null ? "" : " " + unit);
        return new NumericQuestion(d.info(d.explanation(parts, correct)), answer.doubleValue(), tolerance.doubleValue(), unit);
    }

    /** The unit with multiplier 1; other units (and their conversions) cannot be carried. */
    private String unit(Element q, int line) {
        Element units = MoodleXml.child(q, "units");
        if (units == null) {
            return null;
        }
        String base = null;
        for (Element u : MoodleXml.children(units, "unit")) {
            Element name = MoodleXml.child(u, "unit_name");
            Element mult = MoodleXml.child(u, "multiplier");
            Double m = mult == null ? Double.valueOf(1) : GiftNumerical.parseNumber(mult.getTextContent());
            String n = name == null ? "" : name.getTextContent().strip();
            if (m != null && m == 1 && base == null && !n.isEmpty()) {
                base = n;
            } else if (!n.isEmpty()) {
                book.skip(line, "unit \"" + n + "\" (multiplier " + (mult == null ? "?" : mult.getTextContent().strip())
                        + ") dropped: banks keep one unit");
            }
        }
        return base;
    }
}
