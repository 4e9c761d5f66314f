package org.crepituslab.quiz.bank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.AcceptedAnswer;
import org.crepituslab.quiz.model.ClozeQuestion;
import org.crepituslab.quiz.model.DescriptionQuestion;
import org.crepituslab.quiz.model.EssayQuestion;
import org.crepituslab.quiz.model.MatchPair;
import org.crepituslab.quiz.model.MatchingQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuestionInfo;
import org.crepituslab.quiz.model.QuizConstants;
import org.crepituslab.quiz.model.ShortAnswerQuestion;
import org.crepituslab.quiz.model.TextMatch;
import org.crepituslab.quiz.model.TrueFalseQuestion;
import org.w3c.dom.Element;

/** One Moodle XML {@code <question>} as a bank question (choices and numbers: {@link MoodleXmlChoices}). */
final class MoodleXmlQuestions {
    private final ImportBook book;
    private final EmbeddedFiles files;
    private final MoodleXmlChoices choices;

    MoodleXmlQuestions(ImportBook book, EmbeddedFiles files) {
        this.book = book;
        this.files = files;
        this.choices = new MoodleXmlChoices(book);
    }

    Question question(Element q, int line) {
        String type = q.getAttribute("type");
        if (type.equals("category")) {
            String path = MoodleXml.text(MoodleXml.child(q, "category"), "plain", line, book);
            book.category(path, line);
            return null;
        }
        String title = MoodleXml.text(MoodleXml.child(q, "name"), "plain", line, book);
        Element qt = MoodleXml.child(q, "questiontext");
        String prompt = MoodleXml.formatted(qt, line, book);
        String general = MoodleXml.formatted(MoodleXml.child(q, "generalfeedback"), line, book);
        if (prompt.isEmpty() && !type.equals("cloze") && !type.equals("multianswer")) {
            book.skip(line, type + " question \"" + title + "\" has no text; skipped");
            return null;
        }
        String image = qt == null ? null : files.firstImage(qt, book.peekId(title.isEmpty() ? null : title), line, book);
        Draft d = new Draft(title.isEmpty() ? null : title, prompt, general, image, line);
        return switch (type) {
            case "multichoice" -> choices.multichoice(q, d);
            case "truefalse" -> trueFalse(q, d);
            case "numerical" -> choices.numerical(q, d);
            case "shortanswer" -> shortAnswer(q, d);
            case "matching" -> matching(q, d);
            case "description" -> new DescriptionQuestion(d.info(general));
            case "essay" -> essay(q, d);
            case "cloze", "multianswer" -> cloze(qt, d);
            default -> {
                book.skip(line, "question type \"" + type + "\" (\"" + title + "\") has no form in this app; skipped");
                yield null;
            }
        };
    }

    /** What every question has, before its type adds its own. */
    final class Draft {
        final String title;
        final String prompt;
        final String general;
        final String image;
        final int line;

        Draft(String title, String prompt, String general, String image, int line) {
            this.title = title;
            this.prompt = prompt;
            this.general = general;
            this.image = image;
            this.line = line;
        }

        QuestionInfo info(String explanation) {
            return book.info(title, prompt, line, explanation, image);
        }

        /** General feedback first, then each part; "The right answer is …" when there is nothing. */
        String explanation(List<String> parts, String right) {
            List<String> all = new ArrayList<>();
            if (!general.isEmpty()) {
                all.add(general);
            }
            parts.stream().filter(p -> !p.isBlank()).forEach(all::add);
            return all.isEmpty() ? Strings.format("quiz.gift.defaultExplanation", right) : String.join("\n", all);
        }
    }

    private Question trueFalse(Element q, Draft d) {
        Boolean answer = null;
        String rightFb = "";
        String wrongFb = "";
        for (Element a : MoodleXml.children(q, "answer")) {
            boolean value = MoodleXml.text(a, "plain", d.line, book).equalsIgnoreCase("true");
            String fb = MoodleXml.formatted(MoodleXml.child(a, "feedback"), d.line, book);
            if (MoodleXml.fraction(a) >= 100) {
                answer = value;
                rightFb = fb;
            } else {
                wrongFb = fb;
            }
        }
        if (answer == null) {
            book.skip(d.line, "true/false question without a right answer (fraction 100); skipped");
            return null;
        }
        String right = Strings.get(answer ? "quiz.true" : "quiz.false");
        String wrong = Strings.get(answer ? "quiz.false" : "quiz.true");
        List<String> parts = new ArrayList<>();
        if (!rightFb.isEmpty()) {
            parts.add(Strings.format("quiz.gift.ifAnswered", right, rightFb));
        }
        if (!wrongFb.isEmpty()) {
            parts.add(Strings.format("quiz.gift.ifAnswered", wrong, wrongFb));
        }
        return new TrueFalseQuestion(d.info(d.explanation(parts, right)), answer);
    }

    private Question shortAnswer(Element q, Draft d) {
        Element usecase = MoodleXml.child(q, "usecase");
        boolean caseSensitive = usecase != null && usecase.getTextContent().strip().equals("1");
        List<AcceptedAnswer> accepted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element a : MoodleXml.children(q, "answer")) {
            String text = MoodleXml.text(a, "plain", d.line, book);
            if (text.isEmpty() || !seen.add(text)) {
                book.skip(d.line, "empty or repeated accepted answer \"" + text + "\" dropped");
                continue;
            }
            accepted.add(new AcceptedAnswer(text, MoodleXml.fraction(a) / 100,
                    MoodleXml.formatted(MoodleXml.child(a, "feedback"), d.line, book)));
        }
        if (accepted.stream().noneMatch(a -> a.fraction() >= 1 - 1e-9)) {
            book.skip(d.line, "short answer with no answer worth 100 %; skipped");
            return null;
        }
        return new ShortAnswerQuestion(d.info(d.explanation(List.of(), TextMatch.shown(accepted))), accepted, caseSensitive);
    }

    private Question matching(Element q, Draft d) {
        List<MatchPair> pairs = new ArrayList<>();
        Set<String> lefts = new HashSet<>();
        for (Element s : MoodleXml.children(q, "subquestion")) {
            String left = MoodleXml.formatted(s, d.line, book);
            String right = MoodleXml.text(MoodleXml.child(s, "answer"), "plain", d.line, book);
            if (left.isEmpty()) {
                book.skip(d.line, "extra right-hand option \"" + right + "\" without a left dropped"
                        + " (bank matchings have no distractors)");
            } else if (right.isEmpty() || !lefts.add(left)) {
                book.skip(d.line, "matching pair \"" + left + "\" is empty or repeated; question skipped");
                return null;
            } else {
                pairs.add(new MatchPair(left, right));
            }
        }
        if (pairs.size() < QuizConstants.MIN_PAIRS) {
            book.skip(d.line, "matching with " + pairs.size() + " pair(s); question skipped");
            return null;
        }
        String right = String.join(" | ", pairs.stream().map(p -> p.left() + " = " + p.right()).toList());
        return new MatchingQuestion(d.info(d.explanation(List.of(), right)), pairs);
    }

    /** Moodle's grader information is the model answer the learner compares with. */
    private Question essay(Element q, Draft d) {
        String model = MoodleXml.formatted(MoodleXml.child(q, "graderinfo"), d.line, book);
        if (model.isEmpty()) {
            model = Strings.get("quiz.gift.noModelAnswer");
        }
        return new EssayQuestion(d.info(d.general.isEmpty() ? model : d.general), model);
    }

    private Question cloze(Element qt, Draft d) {
        ClozeSyntax.Parsed p = ClozeSyntax.parse(MoodleXml.formatted(qt, d.line, book));
        if (p.problem() != null) {
            book.skip(d.line, "cloze question: " + p.problem() + "; skipped");
            return null;
        }
        if (p.gaps().size() > QuizConstants.MAX_CLOZE_GAPS || p.gaps().stream().anyMatch(g -> g.options().size()
                > QuizConstants.MAX_CHOICES || g.answers().stream().noneMatch(a -> a.fraction() >= 1 - 1e-9))) {
            book.skip(d.line, "cloze question with more than " + QuizConstants.MAX_CLOZE_GAPS + " gaps, more than "
                    + QuizConstants.MAX_CHOICES + " options in a gap, or a gap no answer fills fully; skipped");
            return null;
        }
        String right = String.join(" | ", p.gaps().stream().map(g -> TextMatch.shown(g.answers())).toList());
        Draft cloze = new Draft(d.title, Strings.get("quiz.cloze.prompt"), d.general, d.image, d.line);
        return new ClozeQuestion(cloze.info(cloze.explanation(List.of(), right)), p.text(), p.gaps());
    }
}
